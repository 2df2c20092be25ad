# RV: an unordered list scanned with min(), O(n) per pop (forbid call:min).
from typing import List


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        self.items.append(x)

    def pop(self) -> int:
        smallest = min(self.items)
        self.items.remove(smallest)
        return smallest

    def peek(self) -> int:
        return min(self.items)

    def size(self) -> int:
        return len(self.items)
