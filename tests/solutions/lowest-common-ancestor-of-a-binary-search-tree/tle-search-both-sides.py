# TLE on "stress-zigzag-chain-50000": at every step down it searches a whole subtree to see whether p and q are there, O(n * h), about 10^9 node visits on the chain.
from typing import Optional


class Solution:
    def contains(self, node: Optional[TreeNode], target: TreeNode) -> bool:
        if node is None:
            return False
        if node is target:
            return True
        return self.contains(node.left, target) or self.contains(node.right, target)

    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        node = root
        while True:
            if node.left is not None and self.contains(node.left, p) and self.contains(node.left, q):
                node = node.left
            elif node.right is not None and self.contains(node.right, p) and self.contains(node.right, q):
                node = node.right
            else:
                return node
