# WA: pop returns the smallest item but moves the last item to the root without shrinking the list.
from typing import List


class MinHeap:
    def __init__(self) -> None:
        self.items: List[int] = []

    def push(self, x: int) -> None:
        self.items.append(x)
        i = len(self.items) - 1
        while i > 0 and self.items[i] < self.items[(i - 1) // 2]:
            parent = (i - 1) // 2
            self.items[i], self.items[parent] = self.items[parent], self.items[i]
            i = parent

    def pop(self) -> int:
        smallest = self.items[0]
        self.items[0] = self.items[-1]
        n = len(self.items)
        i = 0
        while 2 * i + 1 < n:
            child = 2 * i + 1
            if child + 1 < n and self.items[child + 1] < self.items[child]:
                child += 1
            if self.items[child] >= self.items[i]:
                break
            self.items[i], self.items[child] = self.items[child], self.items[i]
            i = child
        return smallest

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)
