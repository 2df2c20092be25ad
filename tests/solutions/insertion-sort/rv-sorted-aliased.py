# RV evasion: s = sorted (an alias is still call:sorted).
from typing import List

s = sorted


def insertion_sort(nums: List[int]) -> List[int]:
    return s(nums)
