# AC: two passes, count then walk count // 2 steps; `from typing import *`.
from typing import *


class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        count = 0
        node = head
        while node:
            count += 1
            node = node.next
        for _ in range(count // 2):
            head = head.next if head else None
        return head
