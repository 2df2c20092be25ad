# WA on hidden "single-position" ([0]): always counts the first jump before checking whether it is needed, so standing on the last position already gives 1 instead of 0.
from typing import List


class Solution:
    def jump(self, nums: List[int]) -> int:
        jumps = 1
        level_end = nums[0]
        farthest = nums[0]
        for i in range(1, len(nums)):
            if level_end >= len(nums) - 1:
                break
            farthest = max(farthest, i + nums[i])
            if i == level_end:
                jumps += 1
                level_end = farthest
        return jumps
