# WA: the inner loop stops one pair too early (n - 2 - i), so the last pair of each pass is never compared.
from typing import List


def bubble_sort(nums: List[int]) -> List[int]:
    n = len(nums)
    for i in range(n - 1):
        for j in range(n - 2 - i):
            if nums[j] > nums[j + 1]:
                nums[j], nums[j + 1] = nums[j + 1], nums[j]
    return nums
