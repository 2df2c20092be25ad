from typing import List


class Solution:
    def jump(self, nums: List[int]) -> int:
        # Breadth-first search by levels, without a queue: every position up to `level_end`
        # is reachable with `jumps` jumps; `farthest` is how far one more jump can get.
        jumps = 0
        level_end = 0
        farthest = 0
        for i in range(len(nums) - 1):
            farthest = max(farthest, i + nums[i])
            if i == level_end:
                jumps += 1
                level_end = farthest
                if level_end >= len(nums) - 1:
                    break
        return jumps
