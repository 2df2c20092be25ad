# TLE on "stress-20000-single-nodes-ascending": finds the smallest head by scanning all k lists for every node taken (O(N*k) = 4*10^8 checks for 2*10^4 lists and nodes).
from typing import List, Optional


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heads = list(lists)
        dummy = ListNode()
        tail = dummy
        while True:
            best = -1
            for i, node in enumerate(heads):
                if node is not None and (best == -1 or node.val < heads[best].val):
                    best = i
            if best == -1:
                break
            node = heads[best]
            tail.next = node
            tail = node
            heads[best] = node.next
        return dummy.next
