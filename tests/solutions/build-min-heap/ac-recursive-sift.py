# AC: the same heap with recursive sift helpers.
from typing import List


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def _up(self, i: int) -> None:
        parent = (i - 1) // 2
        if i > 0 and self.items[i] < self.items[parent]:
            self.items[i], self.items[parent] = self.items[parent], self.items[i]
            self._up(parent)

    def _down(self, i: int) -> None:
        smallest = i
        for child in (2 * i + 1, 2 * i + 2):
            if child < len(self.items) and self.items[child] < self.items[smallest]:
                smallest = child
        if smallest != i:
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            self._down(smallest)

    def push(self, x: int) -> None:
        self.items.append(x)
        self._up(len(self.items) - 1)

    def pop(self) -> int:
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            self._down(0)
        return top

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)
