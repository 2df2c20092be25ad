# RV evasion: __import__("heapq").
from typing import Any, List


def k_smallest(nums: List[int], k: int) -> List[int]:
    hq: Any = __import__("heapq")
    items = list(nums)
    hq.heapify(items)
    return [hq.heappop(items) for _ in range(k)]
