# AC: 0 + 1 + ... + n = n(n + 1) / 2; subtract what is there. `class Solution(object)`, no imports.
class Solution(object):
    def missingNumber(self, nums: List[int]) -> int:
        n = len(nums)
        return n * (n + 1) // 2 - sum(nums)
