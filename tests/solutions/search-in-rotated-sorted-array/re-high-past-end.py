# RE on sample "example-2" ([4, 5, 6, 7, 0, 1, 2], target 3): high starts at len(nums) with an inclusive loop, so once low moves past the last element nums[7] raises IndexError.
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        low, high = 0, len(nums)
        while low <= high:
            middle = (low + high) // 2
            if nums[middle] == target:
                return middle
            if nums[low] <= nums[middle]:
                if nums[low] <= target < nums[middle]:
                    high = middle - 1
                else:
                    low = middle + 1
            else:
                if nums[middle] < target <= nums[high - 1]:
                    low = middle + 1
                else:
                    high = middle - 1
        return -1
