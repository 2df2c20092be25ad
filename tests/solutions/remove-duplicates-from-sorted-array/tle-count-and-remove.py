# TLE on "stress-30000-values-in-201": for each value, `while nums.count(x) > 1: nums.remove(x)`
# rescans the whole list for every single removal: O(n^2) comparisons (about 6 s at n = 3 * 10^4).
from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        for value in sorted(set(nums)):
            while nums.count(value) > 1:
                nums.remove(value)
        return len(nums)
