from typing import Callable, List


class DynamicArray:
    def __init__(self) -> None:
        self.items: List[int] = []
        self.cap = 1

    def insert_at(self, index: int, x: int) -> bool:
        if index < 0 or index > len(self.items):
            return False
        if len(self.items) == self.cap:
            self.cap *= 2
        self.items[index:index] = [x]
        return True

    def remove_at(self, index: int) -> int:
        if index < 0 or index >= len(self.items):
            return -1
        take: Callable[[int], int] = getattr(self.items, "pop")
        value = take(index)
        if self.cap > 1 and len(self.items) * 4 <= self.cap:
            self.cap //= 2
        return value

    def size(self) -> int:
        return len(self.items)

    def capacity(self) -> int:
        return self.cap

    def to_list(self) -> List[int]:
        return self.items[:]
