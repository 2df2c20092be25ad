# RE on sample "example-2" ([1,2,3,4,5,6]): the loop only checks fast.next, so on even lengths fast jumps to None
# and the next check reads None.next (AttributeError); odd lengths like example-1 happen to work.
from typing import Optional


class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = head
        fast = head
        while fast.next is not None:
            slow = slow.next
            fast = fast.next.next
        return slow
