import bisect
from typing import List


def lower_bound(nums: List[int], target: int) -> int:
    return bisect.bisect_left(nums, target)
