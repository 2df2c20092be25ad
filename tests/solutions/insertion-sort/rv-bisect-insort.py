# RV: bisect.insort does the finding and shifting (forbid import:bisect).
import bisect
from typing import List


def insertion_sort(nums: List[int]) -> List[int]:
    result: List[int] = []
    for x in nums:
        bisect.insort(result, x)
    return result
