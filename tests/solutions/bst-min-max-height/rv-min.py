from typing import List, Optional


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.left: Optional[Node] = None
        self.right: Optional[Node] = None


class BST:
    def __init__(self) -> None:
        self.root: Optional[Node] = None
        self.values: List[int] = []

    def insert(self, x: int) -> None:
        if x in self.values:
            return
        self.values.append(x)
        if self.root is None:
            self.root = Node(x)
            return
        node = self.root
        while True:
            if x < node.value:
                if node.left is None:
                    node.left = Node(x)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(x)
                    return
                node = node.right

    def minimum(self) -> int:
        return min(self.values) if self.values else -1

    def maximum(self) -> int:
        return max(self.values) if self.values else -1

    def height(self) -> int:
        return self._height(self.root)

    def _height(self, node: Optional[Node]) -> int:
        if node is None:
            return 0
        return 1 + max(self._height(node.left), self._height(node.right))

    def size(self) -> int:
        return len(self.values)
