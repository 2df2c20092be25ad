from typing import List


def quicksort(nums: List[int]) -> List[int]:
    return sorted(nums)
