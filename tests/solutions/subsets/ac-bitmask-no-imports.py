# AC: no imports at all (List is pre-imported, as on LeetCode); every bitmask from 0 to 2^n - 1 is a subset.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
