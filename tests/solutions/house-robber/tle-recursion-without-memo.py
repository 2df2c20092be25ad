# TLE on the stress cases: "take house i or skip it" recursion with no memo recomputes the same suffixes
# over and over: a Fibonacci number of calls, about 10^20 for 100 houses.
from typing import List


class Solution:
    def rob(self, nums: List[int]) -> int:
        def best(i: int) -> int:
            if i >= len(nums):
                return 0
            return max(nums[i] + best(i + 2), best(i + 1))

        return best(0)
