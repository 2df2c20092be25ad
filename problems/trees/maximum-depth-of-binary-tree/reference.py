from collections import deque
from typing import Deque, Optional


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Breadth-first: count how many levels there are.
        if root is None:
            return 0
        depth = 0
        level: Deque[TreeNode] = deque([root])
        while level:
            depth += 1
            for _ in range(len(level)):
                node = level.popleft()
                if node.left is not None:
                    level.append(node.left)
                if node.right is not None:
                    level.append(node.right)
        return depth
