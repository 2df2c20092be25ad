# TLE on "stress-random": insertion sort shifts each value left past every larger one, O(n^2): about
# 6*10^8 steps for 5*10^4 random numbers.
from typing import List


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        for i in range(1, len(nums)):
            value = nums[i]
            j = i - 1
            while j >= 0 and nums[j] > value:
                nums[j + 1] = nums[j]
                j -= 1
            nums[j + 1] = value
        return nums
