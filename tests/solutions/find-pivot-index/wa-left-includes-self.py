# WA on sample "example-1" ([1, 7, 3, 6, 5, 6]): adds nums[i] to the left sum before comparing, so the left side includes the pivot itself and index 3 is never found.
from typing import List


class Solution:
    def pivotIndex(self, nums: List[int]) -> int:
        total = sum(nums)
        left = 0
        for i, x in enumerate(nums):
            left += x
            if left == total - left:
                return i
        return -1
