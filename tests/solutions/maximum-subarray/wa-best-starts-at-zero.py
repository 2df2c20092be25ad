# WA on hidden "single-negative" ([-7]): best and the running sum start at 0 and the running sum is clamped at 0, so a list of only negative numbers gets 0 (an empty subarray) instead of its largest number.
from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = 0
        current = 0
        for num in nums:
            current = max(0, current + num)
            best = max(best, current)
        return best
