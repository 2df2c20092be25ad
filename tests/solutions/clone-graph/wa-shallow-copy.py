# WA on sample "example-1": only the first node is new; its neighbours list still holds the original nodes, so the answer mixes two different nodes with value 1.
from typing import Optional


class Solution:
    def cloneGraph(self, node: Optional["Node"]) -> Optional["Node"]:
        if node is None:
            return None
        return Node(node.val, list(node.neighbors))
