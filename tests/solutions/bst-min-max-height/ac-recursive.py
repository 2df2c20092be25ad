from typing import Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.left: Optional[Node] = None
        self.right: Optional[Node] = None


def add(node: Optional[Node], x: int) -> Node:
    if node is None:
        return Node(x)
    if x < node.value:
        node.left = add(node.left, x)
    elif x > node.value:
        node.right = add(node.right, x)
    return node


def leftmost(node: Node) -> int:
    return node.value if node.left is None else leftmost(node.left)


def rightmost(node: Node) -> int:
    return node.value if node.right is None else rightmost(node.right)


def height_of(node: Optional[Node]) -> int:
    if node is None:
        return 0
    left, right = height_of(node.left), height_of(node.right)
    return 1 + (left if left > right else right)


def count(node: Optional[Node]) -> int:
    return 0 if node is None else 1 + count(node.left) + count(node.right)


class BST:
    def __init__(self) -> None:
        self.root: Optional[Node] = None

    def insert(self, x: int) -> None:
        self.root = add(self.root, x)

    def minimum(self) -> int:
        return -1 if self.root is None else leftmost(self.root)

    def maximum(self) -> int:
        return -1 if self.root is None else rightmost(self.root)

    def height(self) -> int:
        return height_of(self.root)

    def size(self) -> int:
        return count(self.root)
