# RV evasion: from heapq import heappush as push (an aliased from-import is still import:heapq).
from heapq import heappop as take
from heapq import heappush as push
from typing import List


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        push(self.items, x)

    def pop(self) -> int:
        return take(self.items)

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)
