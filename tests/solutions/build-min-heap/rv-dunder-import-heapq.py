# RV evasion: __import__("heapq") (a dynamic import is refused in exercises with forbid rules).
from typing import Any, List

hq: Any = __import__("heapq")


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        hq.heappush(self.items, x)

    def pop(self) -> int:
        return int(hq.heappop(self.items))

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)
