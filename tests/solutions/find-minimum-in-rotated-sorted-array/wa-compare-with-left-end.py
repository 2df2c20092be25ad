# WA on sample "example-1" ([3, 4, 5, 1, 2]): compares the middle with nums[low] instead of nums[high]; once low reaches the minimum, nums[middle] >= nums[low] holds there too and the search steps past it, answering 2 (and 17 for a list that is not rotated).
from typing import List


class Solution:
    def findMin(self, nums: List[int]) -> int:
        low, high = 0, len(nums) - 1
        while low < high:
            middle = (low + high) // 2
            if nums[middle] >= nums[low]:
                low = middle + 1
            else:
                high = middle
        return nums[low]
