from typing import List


def sort_range(a: List[int], lo: int, hi: int) -> None:
    if lo >= hi:
        return
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    sort_range(a, lo, i - 1)
    sort_range(a, i + 1, hi)


def quicksort(nums: List[int]) -> List[int]:
    result = list(nums)
    sort_range(result, 0, len(result) - 1)
    return result
