# WA on hidden case "equal-heights" ([3, 3, 3, 3]): a popped bar's rectangle is taken to start at its own index instead of just after the bar below it on the stack; each 3 is popped by its equal right neighbour and measured 1 wide, so the answer is 3, not 12.
from typing import List


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        stack: List[int] = []
        for i, height in enumerate(heights + [0]):
            while stack and heights[stack[-1]] >= height:
                start = stack.pop()
                best = max(best, heights[start] * (i - start))
            stack.append(i)
        return best
