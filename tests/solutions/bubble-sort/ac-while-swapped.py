# AC: repeat full passes in place while the last pass swapped something.
from typing import List


def bubble_sort(nums: List[int]) -> List[int]:
    swapped = True
    while swapped:
        swapped = False
        for j in range(len(nums) - 1):
            if nums[j] > nums[j + 1]:
                nums[j], nums[j + 1] = nums[j + 1], nums[j]
                swapped = True
    return nums
