from typing import List, Tuple


def min_max(nums: List[int]) -> Tuple[int, int]:
    return min(nums), max(nums)
