from typing import List, Tuple


def min_max(nums: List[int]) -> Tuple[int, int]:
    ordered = sorted(nums)
    return ordered[0], ordered[-1]
