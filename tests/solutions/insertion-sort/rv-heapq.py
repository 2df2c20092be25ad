# RV: heapq (forbid import:heapq).
import heapq
from typing import List


def insertion_sort(nums: List[int]) -> List[int]:
    heap = list(nums)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]
