# WA on sample "example-1": root.left is overwritten before root.right is computed from it, so both sides end up as the same subtree (the judge reports a node reachable twice).
from typing import Optional


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is None:
            return None
        root.left = self.invertTree(root.right)
        root.right = self.invertTree(root.left)
        return root
