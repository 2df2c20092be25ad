# RV: list.sort (forbid method:sort).
from typing import List


def k_smallest(nums: List[int], k: int) -> List[int]:
    items = list(nums)
    items.sort()
    return items[:k]
