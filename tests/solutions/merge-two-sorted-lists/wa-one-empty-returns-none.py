# WA on sample "example-3" ([] and [0]): the guard returns None whenever either list is empty instead of
# returning the other list, so [0] comes back as []; hidden "second-list-empty" ([-3,5] and []) fails the same way.
from typing import Optional


class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        if list1 is None or list2 is None:
            return None
        dummy = ListNode()
        tail = dummy
        while list1 and list2:
            if list1.val <= list2.val:
                tail.next, list1 = list1, list1.next
            else:
                tail.next, list2 = list2, list2.next
            tail = tail.next
        tail.next = list1 if list1 else list2
        return dummy.next
