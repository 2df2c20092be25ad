from typing import List, Optional


class TreeNode:
    def __init__(self, value: int) -> None:
        self.value = value
        self.left: Optional[TreeNode] = None
        self.right: Optional[TreeNode] = None


def _insert(node: Optional[TreeNode], x: int) -> TreeNode:
    if node is None:
        return TreeNode(x)
    if x < node.value:
        node.left = _insert(node.left, x)
    elif x > node.value:
        node.right = _insert(node.right, x)
    return node


def _contains(node: Optional[TreeNode], x: int) -> bool:
    if node is None:
        return False
    if x == node.value:
        return True
    return _contains(node.left if x < node.value else node.right, x)


def _inorder(node: Optional[TreeNode]) -> List[int]:
    if node is None:
        return []
    return _inorder(node.left) + [node.value] + _inorder(node.right)


class BST:
    def __init__(self) -> None:
        self.root: Optional[TreeNode] = None
        self.n = 0

    def insert(self, x: int) -> bool:
        if _contains(self.root, x):
            return False
        self.root = _insert(self.root, x)
        self.n += 1
        return True

    def contains(self, x: int) -> bool:
        return _contains(self.root, x)

    def inorder(self) -> List[int]:
        return _inorder(self.root)

    def size(self) -> int:
        return self.n
