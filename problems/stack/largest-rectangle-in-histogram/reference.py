from typing import List


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # A stack of bar indices with increasing heights. When a lower bar arrives, every taller bar
        # on the stack has found its right edge; its left edge is the bar below it on the stack.
        best = 0
        stack: List[int] = []
        for i, height in enumerate(heights + [0]):  # the 0 bar at the end flushes the stack
            while stack and heights[stack[-1]] >= height:
                tall = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                best = max(best, tall * (i - left))
            stack.append(i)
        return best
