# RE on sample "example-1" ([3, 0, 1]): the flags list has n slots (0..n-1), but values go up to n, so
# seen[3] raises IndexError.
from typing import List


class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        seen = [False] * len(nums)
        for value in nums:
            seen[value] = True
        for i, there in enumerate(seen):
            if not there:
                return i
        return len(nums)
