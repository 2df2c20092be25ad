# RV evasion: list.sort(xs) instead of xs.sort() (still method:sort).
from typing import List


def bubble_sort(nums: List[int]) -> List[int]:
    xs = list(nums)
    list.sort(xs)
    return xs
