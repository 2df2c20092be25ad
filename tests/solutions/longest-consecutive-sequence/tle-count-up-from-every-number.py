# TLE on "stress-one-long-run": counts upwards from every number without checking that it starts a run, O(n^2) when the numbers form one long run.
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in values:
            end = x
            while end + 1 in values:
                end += 1
            best = max(best, end - x + 1)
        return best
