# WA on sample "example-1" ([2,4,3] + [5,6,4]): carries only when the digit sum is above 10, so 4 + 6 = 10 writes
# a 0 and loses the carry ([7,0,7] instead of [7,0,8]).
from typing import Optional


class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()
        tail = dummy
        carry = 0
        while l1 or l2 or carry:
            total = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
            carry = 1 if total > 10 else 0
            tail.next = ListNode(total % 10)
            tail = tail.next
            l1 = l1.next if l1 else None
            l2 = l2.next if l2 else None
        return dummy.next
