# RE on sample "example-2" ([1,2]): the height recursion stops only at leaves, so a node with one child recurses into None and reads None.left (AttributeError).
from typing import Optional


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0

        def height(node: TreeNode) -> int:
            nonlocal best
            if node.left is None and node.right is None:
                return 1
            left = height(node.left)  # type: ignore[arg-type]
            right = height(node.right)  # type: ignore[arg-type]
            best = max(best, left + right)
            return 1 + max(left, right)

        if root is not None:
            height(root)
        return best
