from typing import List, Tuple


def min_max(nums: List[int]) -> Tuple[int, int]:
    ordered = list(nums)
    getattr(ordered, "so" + "rt")()
    return ordered[0], ordered[-1]
