# RE on sample "example-1": after popping, the left edge is read from stack[-1] without checking that the stack is not empty; popping the first bar (2, when 1 arrives) raises IndexError.
from typing import List


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        stack: List[int] = []
        for i, height in enumerate(heights + [0]):
            while stack and heights[stack[-1]] >= height:
                tall = heights[stack.pop()]
                best = max(best, tall * (i - stack[-1] - 1))
            stack.append(i)
        return best
