# AC: the BST walk written recursively; Python 2 style class and no imports (TreeNode is pre-imported).
class Solution(object):
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        if p.val < root.val and q.val < root.val and root.left:
            return self.lowestCommonAncestor(root.left, p, q)
        if p.val > root.val and q.val > root.val and root.right:
            return self.lowestCommonAncestor(root.right, p, q)
        return root
