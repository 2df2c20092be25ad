# WA on sample "example-1": it measures the longest run of adjacent numbers that keep increasing ([3, 7, 101],
# length 3), but a subsequence may skip numbers: [2, 3, 7, 101] has length 4.
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = run = 1
        for i in range(1, len(nums)):
            run = run + 1 if nums[i] > nums[i - 1] else 1
            best = max(best, run)
        return best
