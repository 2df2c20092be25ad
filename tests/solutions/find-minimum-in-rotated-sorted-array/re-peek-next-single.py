# RE on hidden case "single" ([-7]): looks for the drop with nums[middle] > nums[middle + 1]; the "not rotated" shortcut nums[0] < nums[-1] is False for one element, so the loop reads nums[1] and raises IndexError.
from typing import List


class Solution:
    def findMin(self, nums: List[int]) -> int:
        if nums[0] < nums[-1]:
            return nums[0]
        low, high = 0, len(nums) - 1
        while low <= high:
            middle = (low + high) // 2
            if nums[middle] > nums[middle + 1]:
                return nums[middle + 1]
            if nums[middle] >= nums[0]:
                low = middle + 1
            else:
                high = middle - 1
        return nums[0]
