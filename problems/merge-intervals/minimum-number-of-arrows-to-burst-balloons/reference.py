from typing import List


class Solution:
    def findMinArrowShots(self, points: List[List[int]]) -> int:
        # Greedy: take balloons by their right edge. The balloon that ends first must be hit somewhere
        # inside it; shooting at its very end also hits every balloon that starts by then.
        arrows = 0
        arrow_x = 0
        for start, end in sorted(points, key=lambda balloon: balloon[1]):
            if arrows == 0 or start > arrow_x:
                arrows += 1
                arrow_x = end
        return arrows
