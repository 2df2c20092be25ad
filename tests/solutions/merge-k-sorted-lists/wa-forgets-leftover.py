# WA on sample "example-1": merges the lists two at a time but, when one of the pair runs out, forgets to attach what is left of the other, so values go missing.
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
            tail.next = None
            return dummy.next

        result: Optional[ListNode] = None
        for i, head in enumerate(lists):
            result = head if i == 0 else merge(result, head)
        return result
