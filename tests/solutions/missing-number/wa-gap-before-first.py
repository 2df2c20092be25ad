# WA on hidden "only-one" ([1] -> 0): after sorting it looks for a gap between neighbours and otherwise
# answers n, but never checks the gap before the first number, so a missing 0 is never found.
from typing import List


class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        nums = sorted(nums)
        for i in range(1, len(nums)):
            if nums[i] != nums[i - 1] + 1:
                return nums[i - 1] + 1
        return len(nums)
