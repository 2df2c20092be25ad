# WA on hidden "tall-pair-inside" ([1, 100, 100, 1]): when both walls are equal it assumes no better
# container exists and stops, but moving both inward can reach taller walls (area 100, not 3).
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            best = max(best, min(height[left], height[right]) * (right - left))
            if height[left] < height[right]:
                left += 1
            elif height[left] > height[right]:
                right -= 1
            else:
                break
        return best
