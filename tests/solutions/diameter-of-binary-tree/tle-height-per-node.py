# TLE on the stress cases (10^4-node paths): every node recomputes the heights of both its subtrees from scratch, O(n * h) = O(n^2) on a chain.
from typing import Optional


class Solution:
    def height(self, node: Optional[TreeNode]) -> int:
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        through = self.height(root.left) + self.height(root.right)
        return max(through, self.diameterOfBinaryTree(root.left), self.diameterOfBinaryTree(root.right))
