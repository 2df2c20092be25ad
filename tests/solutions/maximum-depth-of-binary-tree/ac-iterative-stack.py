# AC: depth-first with an explicit stack of (node, depth) pairs.
from typing import *


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        best = 0
        stack: List[Tuple[Optional[TreeNode], int]] = [(root, 1)]
        while stack:
            node, depth = stack.pop()
            if node:
                best = max(best, depth)
                stack.append((node.left, depth + 1))
                stack.append((node.right, depth + 1))
        return best
