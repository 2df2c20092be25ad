# TLE on "stress-rising": every start i, every end j, with a running minimum: always n^2 / 2 steps, 5 * 10^9 at n = 10^5.
from typing import List


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        for i in range(len(heights)):
            lowest = heights[i]
            for j in range(i, len(heights)):
                lowest = min(lowest, heights[j])
                best = max(best, lowest * (j - i + 1))
        return best
