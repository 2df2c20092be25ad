# AC: recursive DFS with a dict of clones; Python 2 style class, no imports (Optional, Dict and Node are pre-imported).
class Solution(object):
    def cloneGraph(self, node: Optional["Node"]) -> Optional["Node"]:
        clones: Dict[int, Node] = {}

        def copy(original: Node) -> Node:
            if original.val in clones:
                return clones[original.val]
            clone = Node(original.val)
            clones[original.val] = clone  # register before recursing, or a cycle never ends
            clone.neighbors = [copy(n) for n in original.neighbors]
            return clone

        return copy(node) if node else None
