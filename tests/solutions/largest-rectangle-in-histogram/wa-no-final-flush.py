# WA on sample "example-2" ([2, 4]): bars still on the stack when the loop ends are never measured (no 0-height bar flushes them), so a rising histogram answers 0.
from typing import List


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        stack: List[int] = []
        for i, height in enumerate(heights):
            while stack and heights[stack[-1]] >= height:
                tall = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                best = max(best, tall * (i - left))
            stack.append(i)
        return best
