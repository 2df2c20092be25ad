# AC: stores the nodes in a list and walks two indices towards each other (O(n) extra space); `from typing import *`.
from typing import *


class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        nodes: List[ListNode] = []
        while head:
            nodes.append(head)
            head = head.next
        i, j = 0, len(nodes) - 1
        while i < j:
            nodes[i].next = nodes[j]
            i += 1
            if i == j:
                break
            nodes[j].next = nodes[i]
            j -= 1
        nodes[i].next = None
