# RV: insertion into a sorted list with bisect.insort (forbid import:bisect).
import bisect
from typing import List


def k_smallest(nums: List[int], k: int) -> List[int]:
    ordered: List[int] = []
    for x in nums:
        bisect.insort(ordered, x)
    return ordered[:k]
