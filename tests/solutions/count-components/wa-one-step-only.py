# WA: marks only the direct neighbours of a new node, never the neighbours' neighbours.
from typing import List


def count_components(adj: List[List[int]]) -> int:
    seen = [False] * len(adj)
    count = 0
    for start in range(len(adj)):
        if not seen[start]:
            count += 1
            seen[start] = True
            for nxt in adj[start]:
                seen[nxt] = True
    return count
