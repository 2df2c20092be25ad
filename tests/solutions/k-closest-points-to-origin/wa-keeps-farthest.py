# WA on sample "example-1": pushes plain distances into heapq (a min-heap), so popping when the heap grows past k throws away the CLOSEST point and the k farthest are returned.
import heapq
from typing import List, Tuple


class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        heap: List[Tuple[int, int, int]] = []
        for x, y in points:
            heapq.heappush(heap, (x * x + y * y, x, y))
            if len(heap) > k:
                heapq.heappop(heap)
        return [[x, y] for _, x, y in heap]
