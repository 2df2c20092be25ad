import heapq
from typing import List, Optional, Tuple


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # A min-heap holds the current head of every list that is not used up. The list's index
        # breaks ties between equal values, so ListNode objects are never compared.
        heap: List[Tuple[int, int, ListNode]] = []
        for i, node in enumerate(lists):
            if node is not None:
                heap.append((node.val, i, node))
        heapq.heapify(heap)
        dummy = ListNode()
        tail = dummy
        while heap:
            _, i, node = heap[0]
            tail.next = node
            tail = node
            if node.next is not None:
                heapq.heapreplace(heap, (node.next.val, i, node.next))
            else:
                heapq.heappop(heap)
        return dummy.next
