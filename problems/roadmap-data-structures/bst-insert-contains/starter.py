# A binary search tree: insert, contains, in order (bst-insert-contains)
# Judge it with: judge submit bst-insert-contains.py
from typing import List, Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.left: Optional["Node"] = None
        self.right: Optional["Node"] = None


class BST:
    def __init__(self) -> None:
        raise NotImplementedError("your solution here")

    def insert(self, x: int) -> bool:
        raise NotImplementedError("your solution here")

    def contains(self, x: int) -> bool:
        raise NotImplementedError("your solution here")

    def inorder(self) -> List[int]:
        raise NotImplementedError("your solution here")

    def size(self) -> int:
        raise NotImplementedError("your solution here")
