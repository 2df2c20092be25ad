# TLE on "stress-rising": widens a rectangle from every bar while the neighbours are at least as tall, O(n^2); on 10^5 rising heights every bar widens to the end.
from typing import List


class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        best = 0
        for i in range(n):
            left = i
            while left > 0 and heights[left - 1] >= heights[i]:
                left -= 1
            right = i
            while right < n - 1 and heights[right + 1] >= heights[i]:
                right += 1
            best = max(best, heights[i] * (right - left + 1))
        return best
