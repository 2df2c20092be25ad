from heapq import merge as combine
from typing import List


def merge_sort(nums: List[int]) -> List[int]:
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    return list(combine(merge_sort(nums[:mid]), merge_sort(nums[mid:])))
