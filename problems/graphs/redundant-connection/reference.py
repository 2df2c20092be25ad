from typing import List


class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Union-find: the first edge whose ends are already connected closes the only cycle,
        # and it is the cycle's edge that comes last in the input.
        parent = list(range(len(edges) + 1))
        size = [1] * (len(edges) + 1)

        def find(x: int) -> int:
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:  # path compression
                parent[x], x = root, parent[x]
            return root

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return [a, b]
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra  # union by size
            size[ra] += size[rb]
        return []
