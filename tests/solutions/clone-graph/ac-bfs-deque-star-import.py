# AC: BFS with a deque, clones made when a node is first discovered; star import, list-index table of clones by value.
from typing import *
from collections import deque


class Solution:
    def cloneGraph(self, node: Optional["Node"]) -> Optional["Node"]:
        if not node:
            return node
        clone_of: List[Optional[Node]] = [None] * 101
        clone_of[node.val] = Node(node.val)
        queue: Deque[Node] = deque([node])
        while queue:
            current = queue.popleft()
            mine = clone_of[current.val]
            assert mine is not None
            for neighbour in current.neighbors:
                if clone_of[neighbour.val] is None:
                    clone_of[neighbour.val] = Node(neighbour.val)
                    queue.append(neighbour)
                copy = clone_of[neighbour.val]
                assert copy is not None
                mine.neighbors.append(copy)
        return clone_of[node.val]
