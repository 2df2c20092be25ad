from typing import List


class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Prim's algorithm on the complete graph, O(n^2) with no heap: every point outside the
        # tree remembers its cheapest link to the tree, updated as each new point joins.
        n = len(points)
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        outside = list(range(1, n))
        link = [0] * n  # cheapest known link to the tree, for points still outside
        first = True
        cx, cy = xs[0], ys[0]
        total = 0
        while outside:
            best_pos = 0
            best = -1
            for pos, j in enumerate(outside):
                d = abs(xs[j] - cx) + abs(ys[j] - cy)
                if first or d < link[j]:
                    link[j] = d
                else:
                    d = link[j]
                if best < 0 or d < best:
                    best, best_pos = d, pos
            first = False
            total += best
            chosen = outside[best_pos]
            outside[best_pos] = outside[-1]  # remove in O(1): order does not matter
            outside.pop()
            cx, cy = xs[chosen], ys[chosen]
        return total
