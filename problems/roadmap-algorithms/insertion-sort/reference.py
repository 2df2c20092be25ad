from typing import List


def insertion_sort(nums: List[int]) -> List[int]:
    items = list(nums)
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key
    return items
