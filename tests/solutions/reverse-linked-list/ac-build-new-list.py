# AC: builds a fresh reversed chain by pushing each value onto the front of a new list.
from typing import *


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        new_head: Optional[ListNode] = None
        while head is not None:
            new_head = ListNode(head.val, new_head)
            head = head.next
        return new_head
