# WA on hidden "extreme-coordinates" (a balloon starting at -2^31): the last arrow starts at the sentinel -2^31 (the
# C/Java INT_MIN habit), and `start > -2^31` is false for that balloon, so it is counted as already burst.
from typing import List


class Solution:
    def findMinArrowShots(self, points: List[List[int]]) -> int:
        arrows = 0
        arrow_x = -(2**31)
        for start, end in sorted(points, key=lambda balloon: balloon[1]):
            if start > arrow_x:
                arrows += 1
                arrow_x = end
        return arrows
