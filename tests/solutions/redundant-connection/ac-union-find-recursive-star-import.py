# AC: union-find with a recursive find and path compression, no union by size; star import.
from typing import *


class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        parent: Dict[int, int] = {}

        def find(x: int) -> int:
            if parent.setdefault(x, x) != x:
                parent[x] = find(parent[x])
            return parent[x]

        answer: List[int] = []
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                answer = [a, b]  # keep going: harmless, there is only one such edge
            else:
                parent[ra] = rb
        return answer
