# RE on sample "example-1": pushes (value, node) pairs, and when two heads hold the same value (the two 1s) heapq compares the ListNode objects, raising TypeError.
import heapq
from typing import List, Optional, Tuple


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heap: List[Tuple[int, ListNode]] = []
        for node in lists:
            if node is not None:
                heapq.heappush(heap, (node.val, node))
        dummy = ListNode()
        tail = dummy
        while heap:
            _, node = heapq.heappop(heap)
            tail.next = node
            tail = node
            if node.next is not None:
                heapq.heappush(heap, (node.next.val, node.next))
        return dummy.next
