from typing import List


class MinHeap:
    """A binary min-heap in a list: the children of index i are at 2*i + 1 and 2*i + 2."""

    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        self.items.append(x)
        self._sift_up(len(self.items) - 1)

    def pop(self) -> int:
        smallest = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            self._sift_down(0)
        return smallest

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)

    def _sift_up(self, i: int) -> None:
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] >= self.items[parent]:
                break
            self.items[i], self.items[parent] = self.items[parent], self.items[i]
            i = parent

    def _sift_down(self, i: int) -> None:
        n = len(self.items)
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and self.items[child + 1] < self.items[child]:
                child += 1
            if self.items[child] >= self.items[i]:
                break
            self.items[i], self.items[child] = self.items[child], self.items[i]
            i = child
