# TLE on "stress-repeated-start": checks for run starts but loops over nums instead of the set, so a run start repeated 5*10^4 times walks the 5*10^4-long run once per copy, O(n^2).
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in nums:
            if x - 1 not in values:
                end = x
                while end + 1 in values:
                    end += 1
                best = max(best, end - x + 1)
        return best
