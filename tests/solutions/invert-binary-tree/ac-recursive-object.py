# AC: the classic recursion with a tuple swap, Python 2 style class and no imports (Optional and TreeNode are pre-imported).
class Solution(object):
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is None:
            return None
        root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root
