# AC: Python 2 style class, `from typing import *`: two passes with a stack find, for each bar, the nearest lower bar on the left and on the right; then one pass over the bars.
from typing import *


class Solution(object):
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        lower_left = [-1] * n
        lower_right = [n] * n
        stack: List[int] = []
        for i in range(n):
            while stack and heights[stack[-1]] >= heights[i]:
                stack.pop()
            lower_left[i] = stack[-1] if stack else -1
            stack.append(i)
        stack = []
        for i in range(n - 1, -1, -1):
            while stack and heights[stack[-1]] >= heights[i]:
                stack.pop()
            lower_right[i] = stack[-1] if stack else n
            stack.append(i)
        return max(heights[i] * (lower_right[i] - lower_left[i] - 1) for i in range(n))
