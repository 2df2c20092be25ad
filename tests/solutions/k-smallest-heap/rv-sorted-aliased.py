# RV evasion: an alias of sorted (s = sorted) is still call:sorted.
from typing import List

s = sorted


def k_smallest(nums: List[int], k: int) -> List[int]:
    return s(nums)[:k]
