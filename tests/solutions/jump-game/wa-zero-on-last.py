# WA on hidden "single-zero" ([0]): the "stuck on a 0" check also runs on the last position, so standing on the goal with a 0 there counts as stuck.
from typing import List


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        farthest = 0
        for i in range(len(nums)):
            if i > farthest:
                return False
            if nums[i] == 0 and farthest <= i:
                return False
            farthest = max(farthest, i + nums[i])
        return True
