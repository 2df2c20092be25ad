# WA on sample "example-1" ([1,2,3,4]): the first half is never cut off (missing `slow.next = None`), so the weave
# leaves node 3 pointing at itself and the answer is a list with a cycle instead of [1,4,2,3].
from typing import Optional


class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if not head:
            return
        slow = fast = head
        while fast.next and fast.next.next:
            slow = slow.next
            fast = fast.next.next
        prev = None
        cur = slow.next
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        first, back = head, prev
        while back:
            first_next, back_next = first.next, back.next
            first.next = back
            back.next = first_next
            first, back = first_next, back_next
