# RE on hidden case "above-all" ([1, 3, 5, 7], target 8): high starts at len(nums) with an inclusive loop, so nums[4] raises IndexError.
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        low, high = 0, len(nums)
        while low <= high:
            middle = (low + high) // 2
            if nums[middle] == target:
                return middle
            if nums[middle] < target:
                low = middle + 1
            else:
                high = middle - 1
        return -1
