# RV: min() k times, O(n*k) and no heap (forbid call:min).
from typing import List


def k_smallest(nums: List[int], k: int) -> List[int]:
    items = list(nums)
    result: List[int] = []
    for _ in range(k):
        smallest = min(items)
        items.remove(smallest)
        result.append(smallest)
    return result
