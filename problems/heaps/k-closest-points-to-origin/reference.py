import heapq
from typing import List, Tuple


class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        # A max-heap (negated squared distances) of the k closest points seen so far:
        # its top is the farthest of them, the one to drop when a closer point comes.
        heap: List[Tuple[int, int, int]] = []
        for x, y in points:
            entry = (-(x * x + y * y), x, y)
            if len(heap) < k:
                heapq.heappush(heap, entry)
            elif entry > heap[0]:
                heapq.heapreplace(heap, entry)
        heap.sort(reverse=True)  # closest first, only to make the answer easy to read
        return [[x, y] for _, x, y in heap]
