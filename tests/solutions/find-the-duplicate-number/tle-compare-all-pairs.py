# TLE on "stress-duplicate-at-the-end": compares every pair of positions, O(n^2), and the two copies are the last
# two of 100001 numbers, so about 5 * 10^9 comparisons come first.
from typing import List


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] == nums[j]:
                    return nums[i]
        return -1
