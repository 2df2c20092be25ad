# WA on sample "example-3" ([5,4,-1,7,8]): the loop stops at len(nums) - 1, so the last number is never added and 15 comes back instead of 23.
from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = current = nums[0]
        for i in range(1, len(nums) - 1):
            current = max(nums[i], current + nums[i])
            best = max(best, current)
        return best
