# RV: drop the largest with max() until k remain, then order by hand (forbid call:max).
from typing import List


def k_smallest(nums: List[int], k: int) -> List[int]:
    items = list(nums)
    while len(items) > k:
        items.remove(max(items))
    result: List[int] = []
    while items:
        best = 0
        for i in range(len(items)):
            if items[i] < items[best]:
                best = i
        result.append(items.pop(best))
    return result
