from typing import List


def sift_down(items: List[int], i: int, n: int) -> None:
    """Move items[i] down until both its children (below index n) are not smaller."""
    while True:
        child = 2 * i + 1
        if child >= n:
            return
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
    result: List[int] = []
    for _ in range(k):
        result.append(items[0])
        last = items.pop()
        if items:
            items[0] = last
            sift_down(items, 0, len(items))
    return result
