# AC: a subarray's sum is prefix[j] - prefix[i]; keep the smallest prefix seen so far. `class Solution(object)`, no imports.
class Solution(object):
    def maxSubArray(self, nums: List[int]) -> int:
        prefix = 0
        smallest_prefix = 0
        best = nums[0]
        for num in nums:
            prefix += num
            best = max(best, prefix - smallest_prefix)
            smallest_prefix = min(smallest_prefix, prefix)
        return best
