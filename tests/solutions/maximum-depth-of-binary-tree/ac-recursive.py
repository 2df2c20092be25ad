# AC: the classic recursion, `class Solution(object)` and no imports (Optional and TreeNode are pre-imported).
class Solution(object):
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if not root:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
