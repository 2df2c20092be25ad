from collections import deque as Chain
from typing import Deque, List


class LinkedList:
    def __init__(self) -> None:
        self.items: Deque[int] = Chain()

    def push_front(self, x: int) -> None:
        self.items.appendleft(x)

    def push_back(self, x: int) -> None:
        self.items.append(x)

    def pop_front(self) -> int:
        if not self.items:
            return -1
        return self.items.popleft()

    def size(self) -> int:
        return len(self.items)

    def to_list(self) -> List[int]:
        return list(self.items)
