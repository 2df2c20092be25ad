# AC: O(n^2) Prim with a distance list and a joined flag per point, scanning all n points each step; star import.
from typing import *


class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        INF = float("inf")
        dist: List[float] = [INF] * n
        dist[0] = 0
        joined = [False] * n
        total = 0
        for _ in range(n):
            u = -1
            for v in range(n):
                if not joined[v] and (u == -1 or dist[v] < dist[u]):
                    u = v
            joined[u] = True
            total += int(dist[u])
            ux, uy = points[u]
            for v in range(n):
                if not joined[v]:
                    d = abs(ux - points[v][0]) + abs(uy - points[v][1])
                    if d < dist[v]:
                        dist[v] = d
        return total
