# TLE on "stress-staircase-to-a-zero": marks every position each reachable position can jump to, O(n^2) on the 30000-number staircase (about 10 s of CPU) even though it stops once the end is marked.
from typing import List


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        n = len(nums)
        reachable = [False] * n
        reachable[0] = True
        for i in range(n):
            if not reachable[i]:
                continue
            for j in range(i + 1, min(n - 1, i + nums[i]) + 1):
                reachable[j] = True
            if reachable[n - 1]:
                return True
        return reachable[n - 1]
