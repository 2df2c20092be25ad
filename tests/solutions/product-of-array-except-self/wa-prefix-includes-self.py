# WA on sample "example-1": the left pass updates the running product before storing it, so answer[i] includes nums[i] itself ([24, 24, 24, 24] instead of [24, 12, 8, 6]).
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer = [1] * n
        left = 1
        for i in range(n):
            left *= nums[i]
            answer[i] = left
        right = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= right
            right *= nums[i]
        return answer
