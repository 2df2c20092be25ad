# WA on sample "example-1": an edge is copied only when it leads to a node not cloned yet, so the copy keeps just a spanning tree ([[2,4],[3],[],[]] for the square).
from collections import deque
from typing import Deque, Dict, Optional


class Solution:
    def cloneGraph(self, node: Optional["Node"]) -> Optional["Node"]:
        if node is None:
            return None
        clones: Dict[Node, Node] = {node: Node(node.val)}
        queue: Deque[Node] = deque([node])
        while queue:
            current = queue.popleft()
            for neighbour in current.neighbors:
                if neighbour not in clones:
                    clones[neighbour] = Node(neighbour.val)
                    clones[current].neighbors.append(clones[neighbour])
                    queue.append(neighbour)
        return clones[node]
