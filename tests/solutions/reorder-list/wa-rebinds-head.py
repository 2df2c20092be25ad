# WA on sample "example-1" ([1,2,3,4]): builds a reordered copy and rebinds the local name `head` to it; the
# caller's list (read from the original head) is never changed, so [1,2,3,4] comes back.
from typing import List, Optional


class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        values: List[int] = []
        node = head
        while node is not None:
            values.append(node.val)
            node = node.next
        order: List[int] = []
        i, j = 0, len(values) - 1
        while i <= j:
            order.append(values[i])
            if i != j:
                order.append(values[j])
            i += 1
            j -= 1
        new_head: Optional[ListNode] = None
        for value in reversed(order):
            new_head = ListNode(value, new_head)
        head = new_head
