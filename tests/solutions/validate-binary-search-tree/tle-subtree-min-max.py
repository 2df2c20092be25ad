# TLE on the stress cases (10^4-node chains): for every node it walks its whole left subtree for the maximum and right subtree for the minimum, O(n * h) = O(n^2) on a chain.
from typing import Optional


class Solution:
    def subtree_max(self, node: Optional[TreeNode]) -> float:
        if node is None:
            return float("-inf")
        return max(node.val, self.subtree_max(node.left), self.subtree_max(node.right))

    def subtree_min(self, node: Optional[TreeNode]) -> float:
        if node is None:
            return float("inf")
        return min(node.val, self.subtree_min(node.left), self.subtree_min(node.right))

    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        if root is None:
            return True
        if self.subtree_max(root.left) >= root.val or self.subtree_min(root.right) <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)
