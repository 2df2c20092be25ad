# WA: marks a node as seen only when it is taken out, so a node queued twice is listed twice.
from typing import List


def bfs_order(adj: List[List[int]]) -> List[int]:
    seen = [False] * len(adj)
    queue = [0]
    order: List[int] = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        seen[node] = True
        for nxt in adj[node]:
            if not seen[nxt]:
                queue.append(nxt)
    return order
