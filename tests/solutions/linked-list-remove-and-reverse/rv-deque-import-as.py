from collections import deque as Chain
from typing import Deque, List


class LinkedList:
    def __init__(self) -> None:
        self.items: Deque[int] = Chain()

    def push_back(self, x: int) -> None:
        self.items.append(x)

    def remove_value(self, x: int) -> bool:
        for i in range(len(self.items)):
            if self.items[i] == x:
                del self.items[i]
                return True
        return False

    def reverse(self) -> None:
        flipped: Deque[int] = Chain()
        for value in self.items:
            flipped.appendleft(value)
        self.items = flipped

    def size(self) -> int:
        return len(self.items)

    def to_list(self) -> List[int]:
        return list(self.items)
