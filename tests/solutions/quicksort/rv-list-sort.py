from typing import List


def quicksort(nums: List[int]) -> List[int]:
    result = nums[:]
    list.sort(result)
    return result
