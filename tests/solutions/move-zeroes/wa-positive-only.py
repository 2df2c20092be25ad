# WA on hidden "negatives-keep-order": it tests `nums[read] > 0` instead of `!= 0`, so negative
# numbers are treated like zeros and pushed towards the end.
from typing import List


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        write = 0
        for read in range(len(nums)):
            if nums[read] > 0:
                nums[write], nums[read] = nums[read], nums[write]
                write += 1
