# AC: the recursion returns a (height, best diameter inside) tuple per subtree instead of using a shared variable.
from typing import *


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def solve(node: Optional[TreeNode]) -> Tuple[int, int]:
            if node is None:
                return 0, 0
            left_height, left_best = solve(node.left)
            right_height, right_best = solve(node.right)
            through = left_height + right_height
            return 1 + max(left_height, right_height), max(through, left_best, right_best)

        return solve(root)[1]
