from typing import List, Tuple


def min_max(nums: List[int]) -> Tuple[int, int]:
    low = 0
    high = 0
    for x in nums:
        if x < low:
            low = x
        if x > high:
            high = x
    return low, high
