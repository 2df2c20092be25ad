from typing import List


def merge_sort(nums: List[int]) -> List[int]:
    result = list(nums)
    getattr(result, "sort")()
    return result
