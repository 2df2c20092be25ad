# WA on sample "example-3" ([[1,2],[2,3],[3,4],[4,5]]): `start >= arrow_x` fires a new arrow for a balloon that
# starts exactly where the last arrow is, though that arrow already bursts it (4 instead of 2).
from typing import List


class Solution:
    def findMinArrowShots(self, points: List[List[int]]) -> int:
        points.sort(key=lambda balloon: balloon[1])
        arrows = 1
        arrow_x = points[0][1]
        for start, end in points[1:]:
            if start >= arrow_x:
                arrows += 1
                arrow_x = end
        return arrows
