# TLE on the stress cases: for each number the recursion tries taking it (when larger than the last one
# taken) and skipping it, with no memo: every increasing subsequence is walked, exponentially many.
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        def longest(i: int, last: int) -> int:
            if i == len(nums):
                return 0
            best = longest(i + 1, last)
            if nums[i] > last:
                best = max(best, 1 + longest(i + 1, nums[i]))
            return best

        return longest(0, -10**9)
