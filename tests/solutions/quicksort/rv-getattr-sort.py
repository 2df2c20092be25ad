from typing import List


def quicksort(nums: List[int]) -> List[int]:
    result = list(nums)
    getattr(result, "so" + "rt")()
    return result
