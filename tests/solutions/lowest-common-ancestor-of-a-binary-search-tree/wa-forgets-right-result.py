# WA on hidden case "both-deep-in-left" (p = 3, q = 5): the general recursion returns `left` when only one side found something, dropping a result found on the right (4 is lost at node 2, so None comes back).
from typing import Optional


class Solution:
    def lowestCommonAncestor(self, root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
        if root is None or root is p or root is q:
            return root
        left = self.lowestCommonAncestor(root.left, p, q)
        right = self.lowestCommonAncestor(root.right, p, q)
        if left and right:
            return root
        return left
