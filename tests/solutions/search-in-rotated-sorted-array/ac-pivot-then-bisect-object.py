# AC: Python 2 style class, `from typing import *`: one binary search finds the rotation point (the smallest number), then bisect_left searches the sorted half that can hold the target.
from bisect import bisect_left
from typing import *


class Solution(object):
    def search(self, nums: List[int], target: int) -> int:
        low, high = 0, len(nums) - 1
        while low < high:
            middle = (low + high) // 2
            if nums[middle] > nums[high]:
                low = middle + 1
            else:
                high = middle
        pivot = low
        if pivot > 0 and target >= nums[0]:
            start, end = 0, pivot
        else:
            start, end = pivot, len(nums)
        i = bisect_left(nums, target, start, end)
        return i if i < end and nums[i] == target else -1
