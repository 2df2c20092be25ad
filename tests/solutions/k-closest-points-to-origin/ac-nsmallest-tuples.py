# AC: heapq.nsmallest (a heap of size k inside) and tuples where LeetCode declares lists (List[List[int]]); star import from typing.
import heapq
from typing import *


class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[Tuple[int, int]]:
        closest = heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)
        return [(x, y) for x, y in closest]
