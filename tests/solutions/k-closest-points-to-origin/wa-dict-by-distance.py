# WA on hidden "duplicate-points" ([[1,1],[3,3],[1,1],[2,-2]], k = 2): keys a dict by distance, so points at the same distance overwrite each other; only one (1, 1) survives and (2, -2) takes the second place.
from typing import Dict, List


class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        by_distance: Dict[int, List[int]] = {}
        for x, y in points:
            by_distance[x * x + y * y] = [x, y]
        return [by_distance[d] for d in sorted(by_distance)[:k]]
