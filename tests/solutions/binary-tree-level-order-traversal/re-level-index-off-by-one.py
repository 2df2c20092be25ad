# RE on sample "example-1": a new level is added only when depth > len(levels), one too late, so levels[0] raises IndexError.
from typing import List, Optional


class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels: List[List[int]] = []

        def walk(node: Optional[TreeNode], depth: int) -> None:
            if node is None:
                return
            if depth > len(levels):
                levels.append([])
            levels[depth].append(node.val)
            walk(node.left, depth + 1)
            walk(node.right, depth + 1)

        walk(root, 0)
        return levels
