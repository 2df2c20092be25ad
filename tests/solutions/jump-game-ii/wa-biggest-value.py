# WA on hidden "longest-jump-is-wrong" ([3,4,1,1,1,1,0]): from each window it moves to the position with the biggest jump length nums[j], not the one that reaches farthest (j + nums[j]), so it takes 4 jumps instead of 3.
from typing import List


class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        i = 0
        jumps = 0
        while i < n - 1:
            if i + nums[i] >= n - 1:
                return jumps + 1
            best = i + 1
            for j in range(i + 1, i + nums[i] + 1):
                if nums[j] > nums[best]:
                    best = j
            i = best
            jumps += 1
        return jumps
