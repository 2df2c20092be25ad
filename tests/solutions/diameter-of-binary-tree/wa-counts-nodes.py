# WA on sample "example-1" ([1,2,3,4,5]): counts the nodes on the longest path (4) instead of its edges (3).
from typing import Optional


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0

        def depth(node: Optional[TreeNode]) -> int:
            nonlocal best
            if node is None:
                return 0
            left = depth(node.left)
            right = depth(node.right)
            best = max(best, left + right + 1)
            return max(left, right) + 1

        depth(root)
        return best
