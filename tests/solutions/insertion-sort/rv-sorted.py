# RV: sorted() (forbid call:sorted).
from typing import List


def insertion_sort(nums: List[int]) -> List[int]:
    return sorted(nums)
