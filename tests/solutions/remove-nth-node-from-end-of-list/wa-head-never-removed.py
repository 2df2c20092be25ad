# WA on hidden "remove-head-of-two" ([1,2], n = 2): when n equals the length, range(length - n - 1) is empty, so
# prev stays on the head and the second node is removed instead of the head ([1] instead of [2]).
from typing import Optional


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        length = 0
        node = head
        while node is not None:
            length += 1
            node = node.next
        if length == 1:
            return None
        prev = head
        for _ in range(length - n - 1):
            assert prev is not None
            prev = prev.next
        assert prev is not None and prev.next is not None
        prev.next = prev.next.next
        return head
