# RV: rebuilds a sorted list with sorted() on every push (forbid call:sorted).
from typing import List


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        self.items = sorted(self.items + [x])

    def pop(self) -> int:
        return self.items.pop(0)

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)
