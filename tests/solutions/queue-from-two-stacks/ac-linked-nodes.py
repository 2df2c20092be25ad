from typing import Optional


class _Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional["_Node"] = None


class Queue:
    def __init__(self) -> None:
        self.first: Optional[_Node] = None
        self.last: Optional[_Node] = None
        self.count = 0

    def enqueue(self, x: int) -> None:
        node = _Node(x)
        if self.last is None:
            self.first = node
        else:
            self.last.next = node
        self.last = node
        self.count += 1

    def dequeue(self) -> int:
        if self.first is None:
            return -1
        node = self.first
        self.first = node.next
        if self.first is None:
            self.last = None
        self.count -= 1
        return node.value

    def front(self) -> int:
        return -1 if self.first is None else self.first.value

    def is_empty(self) -> bool:
        return self.count == 0

    def size(self) -> int:
        return self.count
