# AC: leaves the input alone and builds a mirrored copy level by level with a deque of (old, new) pairs.
from typing import *


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if not root:
            return None
        copy = TreeNode(root.val)
        queue: Deque[Tuple[TreeNode, TreeNode]] = deque([(root, copy)])
        while queue:
            old, new = queue.popleft()
            if old.left:
                new.right = TreeNode(old.left.val)
                queue.append((old.left, new.right))
            if old.right:
                new.left = TreeNode(old.right.val)
                queue.append((old.right, new.left))
        return copy
