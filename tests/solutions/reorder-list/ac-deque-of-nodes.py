# AC: puts the nodes in a deque and relinks them taking from the left and the right in turn (O(n) extra space);
# `class Solution(object)` and no imports: deque, Optional and ListNode are pre-imported, as on LeetCode.
class Solution(object):
    def reorderList(self, head: Optional[ListNode]) -> None:
        nodes = deque()
        node = head
        while node:
            nodes.append(node)
            node = node.next
        tail = nodes.popleft()
        take_right = True
        while nodes:
            nxt = nodes.pop() if take_right else nodes.popleft()
            tail.next = nxt
            tail = nxt
            take_right = not take_right
        tail.next = None
