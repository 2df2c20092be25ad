# RV: import heapq as h (forbid import:heapq).
import heapq as h
from typing import List


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        h.heappush(self.items, x)

    def pop(self) -> int:
        return h.heappop(self.items)

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)
