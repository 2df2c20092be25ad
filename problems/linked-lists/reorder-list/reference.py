from typing import Optional


class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if head is None or head.next is None:
            return
        # 1. Find the end of the first half (slow stops on the middle, or the first middle).
        slow, fast = head, head
        while fast.next is not None and fast.next.next is not None:
            assert slow.next is not None
            slow = slow.next
            fast = fast.next.next
        # 2. Cut after it and reverse the second half.
        second = slow.next
        slow.next = None
        prev: Optional[ListNode] = None
        while second is not None:
            nxt = second.next
            second.next = prev
            prev = second
            second = nxt
        # 3. Weave the reversed second half into the first half.
        first: Optional[ListNode] = head
        back = prev
        while back is not None:
            assert first is not None
            first_next, back_next = first.next, back.next
            first.next = back
            back.next = first_next
            first, back = first_next, back_next
