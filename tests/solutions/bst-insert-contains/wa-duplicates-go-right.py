from typing import List, Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.left: Optional["Node"] = None
        self.right: Optional["Node"] = None


class BST:
    """A binary search tree of distinct integers: smaller values to the left, larger to the right."""

    def __init__(self) -> None:
        self.root: Optional[Node] = None
        self.count = 0

    def insert(self, x: int) -> bool:
        if self.root is None:
            self.root = Node(x)
            self.count += 1
            return True
        node = self.root
        while True:
            if x < node.value:
                if node.left is None:
                    node.left = Node(x)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(x)
                    break
                node = node.right
        self.count += 1
        return True

    def contains(self, x: int) -> bool:
        node = self.root
        while node is not None:
            if x == node.value:
                return True
            node = node.left if x < node.value else node.right
        return False

    def inorder(self) -> List[int]:
        values: List[int] = []
        self._walk(self.root, values)
        return values

    def _walk(self, node: Optional[Node], values: List[int]) -> None:
        if node is None:
            return
        self._walk(node.left, values)
        values.append(node.value)
        self._walk(node.right, values)

    def size(self) -> int:
        return self.count
