from typing import Optional


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # One pass: `lead` starts n + 1 steps ahead of `trail`, so when `lead` falls off the end,
        # `trail` sits just before the node to remove. The dummy handles removing the head.
        dummy = ListNode(0, head)
        lead: Optional[ListNode] = dummy
        for _ in range(n + 1):
            assert lead is not None
            lead = lead.next
        trail = dummy
        while lead is not None:
            lead = lead.next
            assert trail.next is not None
            trail = trail.next
        assert trail.next is not None
        trail.next = trail.next.next
        return dummy.next
