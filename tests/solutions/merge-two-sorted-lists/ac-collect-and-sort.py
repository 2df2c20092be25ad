# AC: copies every value into a Python list, sorts it and builds new nodes (O((n + m) log(n + m)), new nodes;
# LeetCode accepts it); `from typing import *` as many learners write.
from typing import *


class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        values: List[int] = []
        for node in (list1, list2):
            while node:
                values.append(node.val)
                node = node.next
        head: Optional[ListNode] = None
        for value in sorted(values, reverse=True):
            head = ListNode(value, head)
        return head
