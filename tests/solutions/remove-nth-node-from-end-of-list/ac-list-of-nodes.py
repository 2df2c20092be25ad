# AC: keeps every node in a Python list and relinks by index (O(sz) extra space); `class Solution(object)` and
# no imports (Optional and ListNode are pre-imported, as on LeetCode).
class Solution(object):
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        index = len(nodes) - n
        if index == 0:
            return nodes[1] if len(nodes) > 1 else None
        nodes[index - 1].next = nodes[index + 1] if index + 1 < len(nodes) else None
        return nodes[0]
