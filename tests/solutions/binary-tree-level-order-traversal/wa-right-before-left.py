# WA on sample "example-1": children are queued right child first, so each level comes out right to left ([20, 9] instead of [9, 20]).
from collections import deque
from typing import Deque, List, Optional


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if root is None:
            return []
        out: List[List[int]] = []
        queue: Deque[TreeNode] = deque([root])
        while queue:
            level: List[int] = []
            for _ in range(len(queue)):
                node = queue.popleft()
                level.append(node.val)
                if node.right:
                    queue.append(node.right)
                if node.left:
                    queue.append(node.left)
            out.append(level)
        return out
