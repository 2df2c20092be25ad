# AC: recursion carrying the open interval (low, high) each subtree must fit in; infinite bounds, Python 2 style class, no imports.
class Solution(object):
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def fits(node: Optional[TreeNode], low: float, high: float) -> bool:
            if node is None:
                return True
            if not low < node.val < high:
                return False
            return fits(node.left, low, node.val) and fits(node.right, node.val, high)

        return fits(root, float("-inf"), float("inf"))
