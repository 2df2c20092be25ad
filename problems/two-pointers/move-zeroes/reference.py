from typing import List


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        # `write` is where the next non-zero number belongs; swapping keeps the zeros behind it.
        write = 0
        for read in range(len(nums)):
            if nums[read] != 0:
                nums[write], nums[read] = nums[read], nums[write]
                write += 1
