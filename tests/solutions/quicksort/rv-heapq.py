from heapq import heapify, heappop
from typing import List


def quicksort(nums: List[int]) -> List[int]:
    heap = list(nums)
    heapify(heap)
    return [heappop(heap) for _ in range(len(heap))]
