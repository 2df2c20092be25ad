# WA on sample "example-1": `nums = sorted(nums)` only rebinds the local name; the caller's list is unchanged.
from typing import List


class Solution:
    def sortColors(self, nums: List[int]) -> None:
        nums = sorted(nums)
