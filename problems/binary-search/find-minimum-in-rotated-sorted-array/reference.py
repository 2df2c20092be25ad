from typing import List


class Solution:
    def findMin(self, nums: List[int]) -> int:
        # The minimum is the first element smaller than the last one (or nums[0] if none is).
        low, high = 0, len(nums) - 1
        while low < high:
            middle = (low + high) // 2
            if nums[middle] > nums[high]:
                low = middle + 1  # the drop is to the right of middle
            else:
                high = middle  # middle is in the lower, sorted part: the minimum is at or before it
        return nums[low]
