# TLE on "stress-all-distinct": compares every pair, O(n^2), about 5*10^9 comparisons for 10^5 distinct numbers.
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] == nums[j]:
                    return True
        return False
