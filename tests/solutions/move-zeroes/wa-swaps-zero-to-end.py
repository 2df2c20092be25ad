# WA on sample "example-1": swapping each zero with the last unsettled number moves the zeros to the
# end but scrambles the order of the other numbers ([12, 1, 3, 0, 0] instead of [1, 3, 12, 0, 0]).
from typing import List


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        end = len(nums) - 1
        i = 0
        while i < end:
            if nums[i] == 0:
                nums[i], nums[end] = nums[end], nums[i]
                end -= 1
            else:
                i += 1
