from typing import List


def merge_sort(nums: List[int]) -> List[int]:
    return sorted(nums)
