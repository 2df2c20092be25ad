# RV evasion: getattr(xs, "sort")() (dynamic attribute access is refused).
from typing import List


def insertion_sort(nums: List[int]) -> List[int]:
    xs = list(nums)
    getattr(xs, "sort")()
    return xs
