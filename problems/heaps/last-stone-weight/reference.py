import heapq
from typing import List


class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # heapq is a min-heap, so store negated weights: the smallest entry is the heaviest stone.
        heap = [-stone for stone in stones]
        heapq.heapify(heap)
        while len(heap) > 1:
            heaviest = -heapq.heappop(heap)
            second = -heapq.heappop(heap)
            if heaviest != second:
                heapq.heappush(heap, -(heaviest - second))
        return -heap[0] if heap else 0
