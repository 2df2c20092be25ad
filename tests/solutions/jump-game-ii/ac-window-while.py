# AC: the same window idea with explicit window bounds [left, right]; star import from typing.
from typing import *


class Solution:
    def jump(self, nums: List[int]) -> int:
        left = right = 0
        jumps = 0
        while right < len(nums) - 1:
            farthest = max(i + nums[i] for i in range(left, right + 1))
            left, right = right + 1, farthest
            jumps += 1
        return jumps
