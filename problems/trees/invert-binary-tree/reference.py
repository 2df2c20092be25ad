from typing import List, Optional


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Visit every node once (explicit stack, so depth never matters) and swap its two children.
        stack: List[TreeNode] = [root] if root is not None else []
        while stack:
            node = stack.pop()
            node.left, node.right = node.right, node.left
            if node.left is not None:
                stack.append(node.left)
            if node.right is not None:
                stack.append(node.right)
        return root
