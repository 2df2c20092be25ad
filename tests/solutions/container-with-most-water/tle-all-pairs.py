# TLE on "stress-100000-random": measures every pair of walls, O(n^2), 5 * 10^9 pairs at n = 10^5.
from typing import List


class Solution:
    def maxArea(self, height: List[int]) -> int:
        best = 0
        n = len(height)
        for i in range(n):
            for j in range(i + 1, n):
                area = min(height[i], height[j]) * (j - i)
                if area > best:
                    best = area
        return best
