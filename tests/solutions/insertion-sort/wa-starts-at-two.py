# WA: the outer loop starts at index 2, so nums[1] is never inserted into the sorted front.
from typing import List


def insertion_sort(nums: List[int]) -> List[int]:
    for i in range(2, len(nums)):
        key = nums[i]
        j = i - 1
        while j >= 0 and nums[j] > key:
            nums[j + 1] = nums[j]
            j -= 1
        nums[j + 1] = key
    return nums
