# Heapify, then take the k smallest (k-smallest-heap)
# Judge it with: judge submit k-smallest-heap.py
from typing import List


def sift_down(items: List[int], i: int, n: int) -> None:
    raise NotImplementedError("your solution here")


def k_smallest(nums: List[int], k: int) -> List[int]:
    raise NotImplementedError("your solution here")
