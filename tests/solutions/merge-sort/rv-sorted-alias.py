from typing import List

s = sorted


def merge_sort(nums: List[int]) -> List[int]:
    return s(nums)
