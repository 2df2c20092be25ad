# WA on sample "example-1": adds the n - 1 cheapest links without checking for cycles: 3 + 4 + 4 + 7 = 18, where the 7 closes the triangle [0,0]-[2,2]-[5,2] and [3,10] is never connected.
from typing import List, Tuple


class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        links: List[Tuple[int, int, int]] = []
        for i in range(n):
            for j in range(i + 1, n):
                links.append((abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j))
        links.sort()
        return sum(cost for cost, _, _ in links[: n - 1])
