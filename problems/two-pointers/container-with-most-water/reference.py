from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Start with the widest container; only moving the shorter wall inward can ever help.
        left, right = 0, len(height) - 1
        best = 0
        while left < right:
            if height[left] < height[right]:
                area = height[left] * (right - left)
                left += 1
            else:
                area = height[right] * (right - left)
                right -= 1
            if area > best:
                best = area
        return best
