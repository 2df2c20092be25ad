# RE on example-3: the queue starts with root even when it is None, so node.left raises AttributeError.
from collections import deque
from typing import Optional


class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        queue = deque([(root, 1)])
        best = 0
        while queue:
            node, depth = queue.popleft()
            best = max(best, depth)
            if node.left:
                queue.append((node.left, depth + 1))
            if node.right:
                queue.append((node.right, depth + 1))
        return best
