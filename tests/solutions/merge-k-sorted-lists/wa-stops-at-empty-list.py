# WA on hidden "empty-among-others" ([[],[2,9],[],[1],[]]): fills the heap with `break` instead of `continue` at an empty list, so nothing after the first empty list is ever merged and [] comes back.
import heapq
from typing import List, Optional, Tuple


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heap: List[Tuple[int, int, ListNode]] = []
        for i, node in enumerate(lists):
            if node is None:
                break
            heapq.heappush(heap, (node.val, i, node))
        dummy = ListNode()
        tail = dummy
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = node
            tail = node
            if node.next is not None:
                heapq.heappush(heap, (node.next.val, i, node.next))
        return dummy.next
