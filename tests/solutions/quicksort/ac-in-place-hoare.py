from typing import List


def partition(a: List[int], lo: int, hi: int) -> int:
    pivot = a[(lo + hi) // 2]
    i = lo - 1
    j = hi + 1
    while True:
        i += 1
        while a[i] < pivot:
            i += 1
        j -= 1
        while a[j] > pivot:
            j -= 1
        if i >= j:
            return j
        a[i], a[j] = a[j], a[i]


def sort_range(a: List[int], lo: int, hi: int) -> None:
    if lo < hi:
        p = partition(a, lo, hi)
        sort_range(a, lo, p)
        sort_range(a, p + 1, hi)


def quicksort(nums: List[int]) -> List[int]:
    result = list(nums)
    sort_range(result, 0, len(result) - 1)
    return result
