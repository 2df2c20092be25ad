from typing import List


class DynamicArray:
    def __init__(self) -> None:
        self.cap = 1
        self.count = 0
        self.items: List[int] = [0] * self.cap

    def push(self, x: int) -> None:
        if self.count == self.cap:
            new_items: List[int] = [0] * (self.cap * 2)
            i = 0
            while i < self.count:
                new_items[i] = self.items[i]
                i += 1
            self.items = new_items
            self.cap = self.cap * 2
        self.items[self.count] = x
        self.count += 1

    def get(self, index: int) -> int:
        if index < 0 or index >= self.count:
            return -1
        return self.items[index]

    def set(self, index: int, x: int) -> None:
        if index >= 0 and index < self.count:
            self.items[index] = x

    def size(self) -> int:
        return self.count

    def capacity(self) -> int:
        return self.cap
