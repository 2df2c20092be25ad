# RV: a sorted list kept with bisect.insort, O(n) per push (forbid import:bisect).
from bisect import insort
from typing import List


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        insort(self.items, x)

    def pop(self) -> int:
        return self.items.pop(0)

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)
