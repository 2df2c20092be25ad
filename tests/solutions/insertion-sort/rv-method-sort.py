# RV: nums.sort() (forbid method:sort).
from typing import List


def insertion_sort(nums: List[int]) -> List[int]:
    nums.sort()
    return nums
