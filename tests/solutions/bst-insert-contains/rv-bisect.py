import bisect
from typing import List


class BST:
    def __init__(self) -> None:
        self.values: List[int] = []

    def insert(self, x: int) -> bool:
        i = bisect.bisect_left(self.values, x)
        if i < len(self.values) and self.values[i] == x:
            return False
        bisect.insort(self.values, x)
        return True

    def contains(self, x: int) -> bool:
        i = bisect.bisect_left(self.values, x)
        return i < len(self.values) and self.values[i] == x

    def inorder(self) -> List[int]:
        return list(self.values)

    def size(self) -> int:
        return len(self.values)
