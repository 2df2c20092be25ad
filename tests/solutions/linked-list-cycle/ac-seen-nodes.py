# AC: remembers the nodes themselves in a set (O(n) extra space), as LeetCode accepts.
from typing import *


class Solution(object):
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen: Set[int] = set()
        while head:
            if id(head) in seen:
                return True
            seen.add(id(head))
            head = head.next
        return False
