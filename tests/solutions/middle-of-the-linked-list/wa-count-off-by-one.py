# WA on sample "example-1" ([1,2,3,4,5]): counts the nodes, then walks (count + 1) // 2 steps instead of
# count // 2, landing one node past the middle on odd lengths ([4,5] instead of [3,4,5]).
from typing import Optional


class Solution:
    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:
        count = 0
        node = head
        while node is not None:
            count += 1
            node = node.next
        node = head
        for _ in range((count + 1) // 2):
            assert node is not None
            node = node.next
        return node
