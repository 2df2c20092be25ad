# WA on hidden "full-jump-lands-on-zero" ([2,5,0,0]): always takes the longest jump, lands on a 0 at position 2 and gives up, although jumping 1 step to the 5 reaches the end.
from typing import List


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        i = 0
        while i < len(nums) - 1:
            if nums[i] == 0:
                return False
            i += nums[i]
        return True
