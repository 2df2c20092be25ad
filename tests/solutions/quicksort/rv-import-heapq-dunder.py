from typing import Any, List


def quicksort(nums: List[int]) -> List[int]:
    h: Any = __import__("heap" + "q")
    heap = list(nums)
    h.heapify(heap)
    return [h.heappop(heap) for _ in range(len(heap))]
