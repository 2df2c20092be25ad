# AC: copies the nodes into a Python list and returns the one at index len // 2 (O(n) extra space);
# `class Solution(object)` and no imports (Optional and ListNode are pre-imported).
class Solution(object):
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        return nodes[len(nodes) // 2]
