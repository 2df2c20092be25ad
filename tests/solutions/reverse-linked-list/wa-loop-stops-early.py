# WA on example-1: `while cur.next` stops one node early, so the old tail is never linked in ([4,3,2,1]).
from typing import Optional


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None:
            return None
        prev = None
        cur = head
        while cur.next:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        return prev
