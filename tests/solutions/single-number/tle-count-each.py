# TLE on "stress-single-last": nums.count(value) scans the whole list for every value, O(n^2), and the
# single number is the last of 29999.
from typing import List


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for value in nums:
            if nums.count(value) == 1:
                return value
        return 0
