# WA on hidden case "two-rotated-find-second" ([3, 1], target 1): tests whether the left half is sorted with nums[low] < nums[middle]; when low == middle that is False, the right half is wrongly taken as the sorted one and the 1 is skipped.
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        low, high = 0, len(nums) - 1
        while low <= high:
            middle = (low + high) // 2
            if nums[middle] == target:
                return middle
            if nums[low] < nums[middle]:
                if nums[low] <= target < nums[middle]:
                    high = middle - 1
                else:
                    low = middle + 1
            else:
                if nums[middle] < target <= nums[high]:
                    low = middle + 1
                else:
                    high = middle - 1
        return -1
