# TLE on "stress-20000-single-nodes-ascending": merges each list into the result in turn (O(N*k)); every new node is larger than all before it, so each of the 2*10^4 merges walks the whole result (about 2*10^8 steps).
from typing import List, Optional


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge(a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
            dummy = ListNode()
            tail = dummy
            while a is not None and b is not None:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a if a is not None else b
            return dummy.next

        result: Optional[ListNode] = None
        for head in lists:
            result = merge(result, head)
        return result
