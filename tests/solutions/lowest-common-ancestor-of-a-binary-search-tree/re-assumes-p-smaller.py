# RE on sample "example-3" (p = 2, q = 1): it assumes p < q and only looks at q to go left and at p to go right, so it walks off the tree and reads .val of None.
class Solution:
    def lowestCommonAncestor(self, root: TreeNode, p: TreeNode, q: TreeNode) -> TreeNode:
        node = root
        while True:
            if q.val < node.val:
                node = node.left
            elif p.val > node.val:
                node = node.right
            else:
                return node
