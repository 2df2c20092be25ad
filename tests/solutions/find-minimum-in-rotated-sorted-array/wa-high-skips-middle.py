# WA on hidden case "minimum-in-middle" ([4, 6, 8, 10, -10, -8, -6, -4, 0]): when the middle is in the lower part it sets high = middle - 1, throwing away the middle, which here is the minimum -10 itself (answers 4).
from typing import List


class Solution:
    def findMin(self, nums: List[int]) -> int:
        low, high = 0, len(nums) - 1
        while low < high:
            middle = (low + high) // 2
            if nums[middle] > nums[high]:
                low = middle + 1
            else:
                high = middle - 1
        return nums[low]
