# TLE on "stress-n-missing": `candidate not in nums` scans the list each time, O(n^2); with n = 50000 and n
# itself missing, every candidate before it costs a scan.
from typing import List


class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        for candidate in range(len(nums) + 1):
            if candidate not in nums:
                return candidate
        return -1
