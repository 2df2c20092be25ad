# RV: sorted() (forbid call:sorted).
from typing import List


def k_smallest(nums: List[int], k: int) -> List[int]:
    return sorted(nums)[:k]
