# AC: walk backwards and move the goal to any position that can reach it; `class Solution(object)`, no imports.
class Solution(object):
    def canJump(self, nums: List[int]) -> bool:
        goal = len(nums) - 1
        for i in range(len(nums) - 2, -1, -1):
            if i + nums[i] >= goal:
                goal = i
        return goal == 0
