from typing import List


def quicksort(nums: List[int]) -> List[int]:
    if len(nums) <= 1:
        return list(nums)
    pivot = nums[len(nums) // 2]
    smaller = [x for x in nums if x < pivot]
    bigger = [x for x in nums if x > pivot]
    return quicksort(smaller) + [pivot] + quicksort(bigger)
