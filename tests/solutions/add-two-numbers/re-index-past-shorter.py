# RE on sample "example-3" (7 digits + 4 digits): copies the digits into Python lists and indexes both up to the
# longer length, so b[4] raises IndexError on the shorter number.
from typing import List, Optional


class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        a: List[int] = []
        b: List[int] = []
        while l1:
            a.append(l1.val)
            l1 = l1.next
        while l2:
            b.append(l2.val)
            l2 = l2.next
        digits: List[int] = []
        carry = 0
        for i in range(max(len(a), len(b))):
            total = a[i] + b[i] + carry
            digits.append(total % 10)
            carry = total // 10
        if carry:
            digits.append(carry)
        head: Optional[ListNode] = None
        for d in reversed(digits):
            head = ListNode(d, head)
        return head
