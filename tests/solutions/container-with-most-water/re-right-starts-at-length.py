# RE on sample "example-1": the right pointer starts at len(height) instead of len(height) - 1,
# so the very first height[right] raises IndexError.
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right = 0, len(height)
        best = 0
        while left < right:
            best = max(best, min(height[left], height[right]) * (right - left))
            if height[left] < height[right]:
                left += 1
            else:
                right -= 1
        return best
