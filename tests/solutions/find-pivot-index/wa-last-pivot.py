# WA on hidden case "all-zeros-leftmost" ([0, 0, 0, 0]): keeps scanning after a pivot is found and returns the last one (3) instead of the leftmost (0).
from typing import List


class Solution:
    def pivotIndex(self, nums: List[int]) -> int:
        total = sum(nums)
        left = 0
        answer = -1
        for i, x in enumerate(nums):
            if left == total - left - x:
                answer = i
            left += x
        return answer
