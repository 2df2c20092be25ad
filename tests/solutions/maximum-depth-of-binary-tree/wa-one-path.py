# WA on hidden deeper-on-left: follows a single path (right child when there is one) instead of exploring both.
from typing import Optional


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        depth = 0
        node = root
        while node is not None:
            depth += 1
            node = node.right if node.right is not None else node.left
        return depth
