# AC: merges the lists in pairs, round after round (O(N log k)); star import from typing.
from typing import *


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge(a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
            dummy = ListNode()
            tail = dummy
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return dummy.next

        if not lists:
            return None
        current = list(lists)
        while len(current) > 1:
            paired = [merge(current[i], current[i + 1]) for i in range(0, len(current) - 1, 2)]
            if len(current) % 2:
                paired.append(current[-1])
            current = paired
        return current[0]
