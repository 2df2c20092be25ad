from typing import List


class Stack:
    """Last in, first out: the end of the list is the top."""

    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        self.items.append(x)

    def pop(self) -> int:
        if not self.items:
            return -1
        return self.items.pop()

    def peek(self) -> int:
        if not self.items:
            return -1
        return self.items[-1]

    def is_empty(self) -> bool:
        return len(self.items) == 0

    def size(self) -> int:
        return len(self.items)
