# WA on sample "example-1": walks from each point to the nearest unvisited one, building a path instead of a tree: 4 + 3 + 4 + 14 = 25 instead of 20 ([3,10] is reached from [7,0] at the end instead of branching from [2,2]).
from typing import List


class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        visited = [False] * n
        visited[0] = True
        current = 0
        total = 0
        for _ in range(n - 1):
            best, pick = -1, -1
            for j in range(n):
                if not visited[j]:
                    d = abs(points[current][0] - points[j][0]) + abs(points[current][1] - points[j][1])
                    if best == -1 or d < best:
                        best, pick = d, j
            visited[pick] = True
            total += best
            current = pick
        return total
