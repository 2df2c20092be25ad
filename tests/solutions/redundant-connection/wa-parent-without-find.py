# WA on hidden "cycle-edges-listed-out-of-order" ([[2,3],[1,2],[1,3]]): compares parent[a] with parent[b] instead of the roots, so a merge relabels one node only and the closing edge [1,3] is never seen (answer []).
from typing import List


class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        parent = list(range(len(edges) + 1))
        for a, b in edges:
            if parent[a] == parent[b]:
                return [a, b]
            parent[b] = parent[a]
        return []
