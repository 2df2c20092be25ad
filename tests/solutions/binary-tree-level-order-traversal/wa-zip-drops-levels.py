# WA on sample "example-1" ([3,9,20,null,null,15,7]): merges the two subtrees' levels with zip, which stops at the shorter side, so the level [15, 7] that only the right subtree reaches is lost.
from typing import List, Optional


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if root is None:
            return []
        left = self.levelOrder(root.left)
        right = self.levelOrder(root.right)
        merged = [a + b for a, b in zip(left, right)]
        return [[root.val]] + merged
