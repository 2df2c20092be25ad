from typing import List


class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # The farthest index reachable so far; every index up to it can be stood on.
        farthest = 0
        for i, jump in enumerate(nums):
            if i > farthest:
                return False  # a gap: nothing before i reaches i
            farthest = max(farthest, i + jump)
            if farthest >= len(nums) - 1:
                return True
        return True
