from bisect import bisect_left as find
from typing import List


def lower_bound(nums: List[int], target: int) -> int:
    return find(nums, target)
