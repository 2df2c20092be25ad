# WA: only one pass, so only the largest number is guaranteed to reach its place.
from typing import List


def bubble_sort(nums: List[int]) -> List[int]:
    for j in range(len(nums) - 1):
        if nums[j] > nums[j + 1]:
            nums[j], nums[j + 1] = nums[j + 1], nums[j]
    return nums
