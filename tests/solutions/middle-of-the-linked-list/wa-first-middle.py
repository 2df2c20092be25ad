# WA on sample "example-2" ([1,2,3,4,5,6]): the loop also requires fast.next.next, so on even lengths slow stops
# on the first middle node ([3,4,5,6] instead of [4,5,6]).
from typing import Optional


class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast and fast.next and fast.next.next:
            slow = slow.next
            fast = fast.next.next
        return slow
