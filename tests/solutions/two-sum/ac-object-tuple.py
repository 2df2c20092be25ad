# AC: Python 2 style class, star import, and a tuple where LeetCode declares List[int].
from typing import *


class Solution(object):
    def twoSum(self, nums: List[int], target: int) -> Tuple[int, int]:
        seen: Dict[int, int] = {}
        for i in range(len(nums)):
            if target - nums[i] in seen:
                return (i, seen[target - nums[i]])
            seen[nums[i]] = i
        return (-1, -1)
