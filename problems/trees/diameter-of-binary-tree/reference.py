from typing import Dict, List, Optional, Tuple


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Post-order with an explicit stack: a node's height (in edges down to its deepest leaf) is
        # known once both children are done; the longest path bending at that node is
        # height(left) + height(right) + 2 edges (counting -1 for a missing child).
        height: Dict[Optional[TreeNode], int] = {None: -1}
        best = 0
        stack: List[Tuple[TreeNode, bool]] = [(root, False)] if root is not None else []
        while stack:
            node, children_done = stack.pop()
            if children_done:
                left, right = height[node.left], height[node.right]
                best = max(best, left + right + 2)
                height[node] = max(left, right) + 1
                continue
            stack.append((node, True))
            if node.left is not None:
                stack.append((node.left, False))
            if node.right is not None:
                stack.append((node.right, False))
        return best
