# WA on hidden "jump-over-zeros" ([3,0,0,1]): treats every 0 before the last position as a dead end, but a long enough jump can pass over zeros.
from typing import List


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        return 0 not in nums[:-1]
