# WA on hidden case "duplicate-left-child" ([2, 2]): the in-order check only rejects a value smaller than the previous one, so equal values pass.
from typing import List, Optional


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack: List[TreeNode] = []
        previous: Optional[int] = None
        node = root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous is not None and node.val < previous:
                return False
            previous = node.val
            node = node.right
        return True
