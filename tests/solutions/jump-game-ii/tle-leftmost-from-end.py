# TLE on "stress-all-ones": walks back from the end, each time scanning from position 0 for the leftmost position that reaches the current one; with 30000 ones that is about n^2/2 = 4.5*10^8 checks.
from typing import List


class Solution:
    def jump(self, nums: List[int]) -> int:
        position = len(nums) - 1
        jumps = 0
        while position > 0:
            for i in range(position):
                if i + nums[i] >= position:
                    position = i
                    jumps += 1
                    break
        return jumps
