# AC: sorts by end with operator.itemgetter and starts from float("-inf"), so no integer sentinel can collide with
# -2^31; `from typing import *`.
from typing import *
from operator import itemgetter


class Solution:
    def findMinArrowShots(self, points: List[List[int]]) -> int:
        arrows = 0
        arrow_x: float = float("-inf")
        for start, end in sorted(points, key=itemgetter(1)):
            if start > arrow_x:
                arrows += 1
                arrow_x = end
        return arrows
