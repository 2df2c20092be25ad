from typing import List, Optional


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # An in-order walk of a BST meets the values in strictly increasing order.
        stack: List[TreeNode] = []
        previous: Optional[int] = None
        node = root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous is not None and node.val <= previous:
                return False
            previous = node.val
            node = node.right
        return True
