from typing import List


def quicksort(nums: List[int]) -> List[int]:
    order = sorted
    return order(nums)
