# AC: queue.pop(0) as the queue (O(n) per pop, fine at these sizes) and a separate order list.
from typing import List


def bfs_order(adj: List[List[int]]) -> List[int]:
    seen = [False] * len(adj)
    seen[0] = True
    queue = [0]
    order: List[int] = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in adj[node]:
            if not seen[nxt]:
                seen[nxt] = True
                queue.append(nxt)
    return order
