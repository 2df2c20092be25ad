# WA on sample "example-1" ([[1,3],[-2,2]], k = 1): measures distance as |x| + |y|, which is 4 for both points, so (1, 3) comes first and is returned; with x^2 + y^2 (10 against 8) (-2, 2) is closer.
from typing import List


class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        return sorted(points, key=lambda p: abs(p[0]) + abs(p[1]))[:k]
