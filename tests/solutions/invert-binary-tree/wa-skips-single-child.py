# WA on hidden case "only-left-child" ([1, 2]): it only swaps at nodes that have both children, so a lone child never changes sides.
from typing import Optional


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is not None and root.left is not None and root.right is not None:
            root.left, root.right = root.right, root.left
        if root is not None:
            self.invertTree(root.left)
            self.invertTree(root.right)
        return root
