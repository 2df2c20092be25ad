from typing import Optional


class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        # Walk down from the root: while p and q are on the same side, go to that side.
        # The first node that splits them (or is one of them) is the answer.
        low, high = min(p.val, q.val), max(p.val, q.val)
        node: Optional[TreeNode] = root
        while node is not None:
            if high < node.val:
                node = node.left
            elif low > node.val:
                node = node.right
            else:
                return node
        return root  # not reached: p and q are in the tree
