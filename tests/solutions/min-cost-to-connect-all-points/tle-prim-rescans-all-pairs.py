# TLE on "stress-random-1000": each of the n - 1 steps looks at every (tree point, outside point) pair for the cheapest link, O(n^3), about 1.7 * 10^8 distances at n = 1000.
from typing import List


class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        in_tree = [False] * n
        in_tree[0] = True
        total = 0
        for _ in range(n - 1):
            best, pick = -1, -1
            for i in range(n):
                if not in_tree[i]:
                    continue
                for j in range(n):
                    if in_tree[j]:
                        continue
                    d = abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
                    if best == -1 or d < best:
                        best, pick = d, j
            in_tree[pick] = True
            total += best
        return total
