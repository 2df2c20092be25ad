# WA on sample "example-1" ([1,2,4] and [1,3,4]): the loop stops when one list runs out and the other list's
# remaining nodes are never attached, so the final 4 is lost ([1,1,2,3,4]).
from typing import Optional


class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()
        tail = dummy
        while list1 is not None and list2 is not None:
            if list1.val <= list2.val:
                tail.next = list1
                list1 = list1.next
            else:
                tail.next = list2
                list2 = list2.next
            tail = tail.next
        tail.next = None
        return dummy.next
