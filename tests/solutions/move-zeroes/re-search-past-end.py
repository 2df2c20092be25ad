# RE on sample "example-1": for each zero it searches ahead for a non-zero with
# `while nums[j] == 0: j += 1` and no bound check, which runs off the end once only zeros are left.
from typing import List


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        for i in range(len(nums)):
            if nums[i] == 0:
                j = i + 1
                while nums[j] == 0:
                    j += 1
                nums[i], nums[j] = nums[j], nums[i]
