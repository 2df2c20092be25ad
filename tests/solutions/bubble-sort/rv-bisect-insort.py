# RV: bisect.insort does the sorting (forbid import:bisect).
import bisect
from typing import List


def bubble_sort(nums: List[int]) -> List[int]:
    result: List[int] = []
    for x in nums:
        bisect.insort(result, x)
    return result
