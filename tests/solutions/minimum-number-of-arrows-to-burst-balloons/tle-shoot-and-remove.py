# TLE on "stress-disjoint-balloons": without sorting, each round finds the balloon that ends first, shoots there and
# rebuilds the list of balloons left: O(n) per arrow, and 10^5 separate balloons need 10^5 arrows, O(n^2).
from typing import List


class Solution:
    def findMinArrowShots(self, points: List[List[int]]) -> int:
        left = points
        arrows = 0
        while left:
            x = min(end for _, end in left)
            arrows += 1
            left = [balloon for balloon in left if balloon[0] > x]
        return arrows
