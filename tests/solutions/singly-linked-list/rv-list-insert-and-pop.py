from typing import List


class LinkedList:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push_front(self, x: int) -> None:
        self.items.insert(0, x)

    def push_back(self, x: int) -> None:
        self.items.append(x)

    def pop_front(self) -> int:
        if not self.items:
            return -1
        return self.items.pop(0)

    def size(self) -> int:
        return len(self.items)

    def to_list(self) -> List[int]:
        return list(self.items)
