# WA on sample "example-1": finds the cycle's edges correctly (peeling off leaves) but returns the first of them in the input, [1,2], not the last.
from typing import List, Set


class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        n = len(edges)
        neighbours: List[Set[int]] = [set() for _ in range(n + 1)]
        for a, b in edges:
            neighbours[a].add(b)
            neighbours[b].add(a)
        leaves = [v for v in range(1, n + 1) if len(neighbours[v]) == 1]
        while leaves:
            leaf = leaves.pop()
            for other in neighbours[leaf]:
                neighbours[other].discard(leaf)
                if len(neighbours[other]) == 1:
                    leaves.append(other)
            neighbours[leaf].clear()
        for a, b in edges:
            if b in neighbours[a]:
                return [a, b]
        return []
