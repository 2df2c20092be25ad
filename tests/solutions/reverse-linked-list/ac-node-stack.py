# AC: collects the nodes in a Python list and relinks them backwards (O(n) extra space);
# `class Solution(object)` and no imports: Optional and ListNode are pre-imported, as on LeetCode.
class Solution(object):
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        if not nodes:
            return None
        for i in range(len(nodes) - 1, 0, -1):
            nodes[i].next = nodes[i - 1]
        nodes[0].next = None
        return nodes[-1]
