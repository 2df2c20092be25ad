# AC: collects the in-order values recursively, then checks that each is strictly larger than the one before.
from typing import *


class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        values: List[int] = []

        def inorder(node: Optional[TreeNode]) -> None:
            if node:
                inorder(node.left)
                values.append(node.val)
                inorder(node.right)

        inorder(root)
        return all(a < b for a, b in zip(values, values[1:]))
