# WA on sample "example-1" ([1,2,3,4,5], n = 2): walks length - n steps instead of length - n - 1, so it stops on
# the node to remove and unlinks the one after it ([1,2,3,4] instead of [1,2,3,5]).
from typing import Optional


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        length = 0
        node = head
        while node:
            length += 1
            node = node.next
        if length == 1:
            return None
        prev = head
        for _ in range(length - n):
            if prev.next is None:
                break
            prev = prev.next
        if prev.next is not None:
            prev.next = prev.next.next
        return head
