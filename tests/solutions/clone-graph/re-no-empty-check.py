# RE on sample "example-3" (the empty graph): reads node.val without checking for None, so AttributeError.
from typing import Dict, List, Optional


class Solution:
    def cloneGraph(self, node: Optional["Node"]) -> Optional["Node"]:
        clones: Dict[int, Node] = {node.val: Node(node.val)}
        stack: List[Node] = [node]
        while stack:
            current = stack.pop()
            for neighbour in current.neighbors:
                if neighbour.val not in clones:
                    clones[neighbour.val] = Node(neighbour.val)
                    stack.append(neighbour)
                clones[current.val].neighbors.append(clones[neighbour.val])
        return clones[node.val]
