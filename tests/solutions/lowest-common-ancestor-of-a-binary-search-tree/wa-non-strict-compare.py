# WA on sample "example-2" (p = 2, q = 4): `<=` and `>=` also move down when one of the nodes is the current node itself, so at 2 it walks on to 4 and then 3 and returns 3 instead of 2.
from typing import Optional


class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> Optional[TreeNode]:
        node: Optional[TreeNode] = root
        while node:
            if p.val <= node.val and q.val <= node.val:
                node = node.left
            elif p.val >= node.val and q.val >= node.val:
                node = node.right
            else:
                return node
        return None
