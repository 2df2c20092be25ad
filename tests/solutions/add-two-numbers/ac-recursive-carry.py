# AC: recursion that passes the carry down, one call per digit (100 calls at most); `from typing import *`.
from typing import *


class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode], carry: int = 0) -> Optional[ListNode]:
        if l1 is None and l2 is None and carry == 0:
            return None
        total = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
        node = ListNode(total % 10)
        node.next = self.addTwoNumbers(l1.next if l1 else None, l2.next if l2 else None, total // 10)
        return node
