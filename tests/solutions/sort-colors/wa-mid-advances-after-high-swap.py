# WA on hidden "two-at-each-end" ([2, 1, 2]): after swapping a 2 to the back it also moves mid forward, so
# the value that came from the back is never examined and the first 2 stays in front: [2, 1, 2].
from typing import List


class Solution:
    def sortColors(self, nums: List[int]) -> None:
        low, mid, high = 0, 0, len(nums) - 1
        while mid <= high:
            if nums[mid] == 0:
                nums[low], nums[mid] = nums[mid], nums[low]
                low += 1
            elif nums[mid] == 2:
                nums[mid], nums[high] = nums[high], nums[mid]
                high -= 1
            mid += 1
