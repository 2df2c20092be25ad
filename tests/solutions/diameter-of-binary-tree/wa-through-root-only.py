# WA on sample "example-3" ([1,2,null,3,4,5,null,null,6]): only measures the path bending at the root (height of left + height of right), but the longest path bends at node 2.
from typing import Optional


class Solution:
    def height(self, node: Optional[TreeNode]) -> int:
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        return self.height(root.left) + self.height(root.right)
