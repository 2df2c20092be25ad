# TLE on "stress-random-100000": tries every start and extends it with a running sum, O(n^2) = 5*10^9 additions for 10^5 numbers.
from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        n = len(nums)
        best = nums[0]
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total > best:
                    best = total
        return best
