from typing import List


class LinkedList:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push_back(self, x: int) -> None:
        self.items.append(x)

    def remove_value(self, x: int) -> bool:
        if x not in self.items:
            return False
        self.items.remove(x)
        return True

    def reverse(self) -> None:
        self.items = self.items[::-1]

    def size(self) -> int:
        return len(self.items)

    def to_list(self) -> List[int]:
        return self.items[:]
