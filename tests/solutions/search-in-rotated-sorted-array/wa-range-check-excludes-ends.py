# WA on sample "example-1": the range checks leave out the ends of the sorted half (nums[low] < target < nums[middle]), so a target sitting at nums[low] of the sorted half (the 0 at index 4) is thrown away.
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        low, high = 0, len(nums) - 1
        while low <= high:
            middle = (low + high) // 2
            if nums[middle] == target:
                return middle
            if nums[low] <= nums[middle]:
                if nums[low] < target < nums[middle]:
                    high = middle - 1
                else:
                    low = middle + 1
            else:
                if nums[middle] < target < nums[high]:
                    low = middle + 1
                else:
                    high = middle - 1
        return -1
