# WA on hidden duplicate-values-no-cycle: remembers values instead of nodes, so [1,1,1,1] looks like a loop.
from typing import Optional


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = set()
        while head:
            if head.val in seen:
                return True
            seen.add(head.val)
            head = head.next
        return False
