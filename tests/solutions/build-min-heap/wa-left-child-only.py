# WA: sift down only ever looks at the left child, so a smaller right child stays below a bigger parent.
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
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            while 2 * i + 1 < len(self.items) and self.items[2 * i + 1] < self.items[i]:
                child = 2 * i + 1
                self.items[i], self.items[child] = self.items[child], self.items[i]
                i = child
        return smallest

    def peek(self) -> int:
        return self.items[0]

    def size(self) -> int:
        return len(self.items)
