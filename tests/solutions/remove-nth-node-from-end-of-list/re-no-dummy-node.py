# RE on sample "example-2" ([1], n = 1): without a dummy node the lead pointer walks off the list when the head
# itself must go, and `lead.next` on None raises AttributeError.
from typing import Optional


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        lead = head
        for _ in range(n):
            lead = lead.next
        trail = head
        while lead.next:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return head
