# Build a min-heap (build-min-heap)
# Judge it with: judge submit build-min-heap.py
from typing import List


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        raise NotImplementedError("your solution here")

    def pop(self) -> int:
        raise NotImplementedError("your solution here")

    def peek(self) -> int:
        raise NotImplementedError("your solution here")

    def size(self) -> int:
        raise NotImplementedError("your solution here")
