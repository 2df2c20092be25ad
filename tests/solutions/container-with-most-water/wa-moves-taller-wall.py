# WA on sample "example-1": it moves the taller wall inward instead of the shorter one, so the
# short wall at index 0 is kept too long and the pair (8 at index 1, 7 at index 8) is never measured.
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            best = max(best, min(height[left], height[right]) * (right - left))
            if height[left] > height[right]:
                left += 1
            else:
                right -= 1
        return best
