# WA on sample "example-1" ([2,7,4,1,8,1]): forgets that heapq is a min-heap and pushes the weights as they are, so every round smashes the two LIGHTEST stones and 3 comes back instead of 1.
import heapq
from typing import List


class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = list(stones)
        heapq.heapify(heap)
        while len(heap) > 1:
            x = heapq.heappop(heap)
            y = heapq.heappop(heap)
            if x != y:
                heapq.heappush(heap, abs(y - x))
        return heap[0] if heap else 0
