# WA on sample "example-1" ([2,3,1,1,4]): always jumps as far as possible (0 -> 2 -> 3 -> 4, 3 jumps), but the shorter first jump to the 3 reaches the end in 2. (It also loops forever when it lands on a 0.)
from typing import List


class Solution:
    def jump(self, nums: List[int]) -> int:
        i = 0
        jumps = 0
        while i < len(nums) - 1:
            i += nums[i]
            jumps += 1
        return jumps
