# A binary search tree: minimum, maximum, height (bst-min-max-height)
# Judge it with: judge submit bst-min-max-height.py
from typing import Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.left: Optional["Node"] = None
        self.right: Optional["Node"] = None


class BST:
    def __init__(self) -> None:
        raise NotImplementedError("your solution here")

    def insert(self, x: int) -> None:
        raise NotImplementedError("your solution here")

    def minimum(self) -> int:
        raise NotImplementedError("your solution here")

    def maximum(self) -> int:
        raise NotImplementedError("your solution here")

    def height(self) -> int:
        raise NotImplementedError("your solution here")

    def size(self) -> int:
        raise NotImplementedError("your solution here")
