from collections import deque
from typing import Deque


class Queue:
    def __init__(self) -> None:
        self.items: Deque[int] = deque()

    def enqueue(self, x: int) -> None:
        self.items.append(x)

    def dequeue(self) -> int:
        if not self.items:
            return -1
        return self.items.popleft()

    def front(self) -> int:
        if not self.items:
            return -1
        return self.items[0]

    def is_empty(self) -> bool:
        return not self.items

    def size(self) -> int:
        return len(self.items)
