from typing import Dict, List, Optional


class Solution:
    def cloneGraph(self, node: Optional["Node"]) -> Optional["Node"]:
        if node is None:
            return None
        # copies maps every original node to its clone; a node gets its clone when first seen.
        copies: Dict[Node, Node] = {node: Node(node.val)}
        stack: List[Node] = [node]
        while stack:
            original = stack.pop()
            clone = copies[original]
            for neighbour in original.neighbors:
                if neighbour not in copies:
                    copies[neighbour] = Node(neighbour.val)
                    stack.append(neighbour)
                clone.neighbors.append(copies[neighbour])
        return copies[node]
