from typing import Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.left: Optional["Node"] = None
        self.right: Optional["Node"] = None


class BST:
    """A binary search tree of distinct integers that can report its extremes and its height."""

    def __init__(self) -> None:
        self.root: Optional[Node] = None
        self.count = 0

    def insert(self, x: int) -> None:
        if self.root is None:
            self.root = Node(x)
            self.count += 1
            return
        node = self.root
        while x != node.value:
            if x < node.value:
                if node.left is None:
                    node.left = Node(x)
                    self.count += 1
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(x)
                    self.count += 1
                node = node.right

    def minimum(self) -> int:
        if self.root is None:
            return -1
        node = self.root
        while node.left is not None:
            node = node.left
        return node.value

    def maximum(self) -> int:
        if self.root is None:
            return -1
        node = self.root
        while node.right is not None:
            node = node.right
        return node.value

    def height(self) -> int:
        return self._height(self.root)

    def _height(self, node: Optional[Node]) -> int:
        if node is None:
            return 0
        return 1 + self._height(node.left)

    def size(self) -> int:
        return self.count
