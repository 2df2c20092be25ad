# AC: builds each next level with a comprehension (no deque) and returns tuples where LeetCode declares lists.
from typing import *


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[Tuple[int, ...]]:
        out: List[Tuple[int, ...]] = []
        level = [root] if root else []
        while level:
            out.append(tuple(node.val for node in level))
            level = [child for node in level for child in (node.left, node.right) if child]
        return out
