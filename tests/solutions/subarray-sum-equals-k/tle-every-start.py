# TLE on "stress-random": tries every start and extends a running sum to every end, O(n^2) (2*10^8 additions for 2*10^4 numbers).
from typing import List


class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        count = 0
        n = len(nums)
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total == k:
                    count += 1
        return count
