# RV: keeps the list sorted with .sort() on every push, O(n log n) per push (forbid method:sort).
from typing import List


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        self.items.append(x)
        self.items.sort()

    def pop(self) -> int:
        return self.items.pop(0)

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)
