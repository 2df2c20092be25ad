from typing import List


class Queue:
    def __init__(self) -> None:
        self.items: List[int] = []

    def enqueue(self, x: int) -> None:
        self.items.insert(0, x)

    def dequeue(self) -> int:
        if not self.items:
            return -1
        return self.items.pop()

    def front(self) -> int:
        if not self.items:
            return -1
        return self.items[-1]

    def is_empty(self) -> bool:
        return not self.items

    def size(self) -> int:
        return len(self.items)
