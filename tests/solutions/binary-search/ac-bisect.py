# AC: bisect_left from the standard library, Python 2 style class, star import.
from bisect import bisect_left
from typing import *


class Solution(object):
    def search(self, nums: List[int], target: int) -> int:
        i = bisect_left(nums, target)
        return i if i < len(nums) and nums[i] == target else -1
