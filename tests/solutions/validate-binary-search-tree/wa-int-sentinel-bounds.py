# WA on hidden case "single-node-minimum" ([-2147483648]): the starting bounds are -2^31 and 2^31 - 1 with strict comparisons, so a node holding one of the extreme values is rejected.
from typing import Optional


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def check(node: Optional[TreeNode], low: int, high: int) -> bool:
            if node is None:
                return True
            if node.val <= low or node.val >= high:
                return False
            return check(node.left, low, node.val) and check(node.right, node.val, high)

        return check(root, -2 ** 31, 2 ** 31 - 1)
