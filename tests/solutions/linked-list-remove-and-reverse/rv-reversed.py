from typing import List


class LinkedList:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push_back(self, x: int) -> None:
        self.items.append(x)

    def remove_value(self, x: int) -> bool:
        if x not in self.items:
            return False
        i = self.items.index(x)
        self.items = self.items[:i] + self.items[i + 1:]
        return True

    def reverse(self) -> None:
        self.items = list(reversed(self.items))

    def size(self) -> int:
        return len(self.items)

    def to_list(self) -> List[int]:
        return self.items[:]
