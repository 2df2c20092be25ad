# TLE on "stress-50000-nodes": for every front node it walks to the end again to detach the tail, O(n^2)
# (about 6 * 10^8 pointer steps for 50000 nodes).
from typing import Optional


class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        cur = head
        while cur is not None and cur.next is not None and cur.next.next is not None:
            before_tail = cur
            while before_tail.next is not None and before_tail.next.next is not None:
                before_tail = before_tail.next
            tail = before_tail.next
            assert tail is not None
            before_tail.next = None
            tail.next = cur.next
            cur.next = tail
            cur = tail.next
