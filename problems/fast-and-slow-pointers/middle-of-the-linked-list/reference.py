from typing import Optional


class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # fast moves two steps for each step of slow; when fast runs out, slow is halfway.
        slow = head
        fast = head
        while fast is not None and fast.next is not None:
            assert slow is not None
            slow = slow.next
            fast = fast.next.next
        return slow
