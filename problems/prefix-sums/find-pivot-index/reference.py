from typing import List


class Solution:
    def pivotIndex(self, nums: List[int]) -> int:
        total = sum(nums)
        left = 0  # sum of the numbers before index i
        for i, value in enumerate(nums):
            if left == total - left - value:  # right sum = total - left - nums[i]
                return i
            left += value
        return -1
