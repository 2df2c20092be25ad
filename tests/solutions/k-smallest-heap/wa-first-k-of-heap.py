# WA: after heapify, returns the first k slots of the heap list, which are not in sorted order.
from typing import List


def sift_down(items: List[int], i: int, n: int) -> None:
    while 2 * i + 1 < n:
        child = 2 * i + 1
        if child + 1 < n and items[child + 1] < items[child]:
            child += 1
        if items[child] >= items[i]:
            return
        items[i], items[child] = items[child], items[i]
        i = child


def k_smallest(nums: List[int], k: int) -> List[int]:
    items = list(nums)
    for i in range(len(items) // 2 - 1, -1, -1):
        sift_down(items, i, len(items))
    return items[:k]
