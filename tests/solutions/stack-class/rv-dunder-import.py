from typing import Any

store: Any = __import__("collections")


class Stack:
    def __init__(self) -> None:
        self.items: Any = store.deque()

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
