# WA on hidden case "grandchild-smaller-than-root" ([5,4,6,null,null,3,7]): each node is only compared with its own two children, so the 3 deep in the root's right subtree is never compared with 5.
from typing import Optional


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        if root is None:
            return True
        if root.left is not None and root.left.val >= root.val:
            return False
        if root.right is not None and root.right.val <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)
