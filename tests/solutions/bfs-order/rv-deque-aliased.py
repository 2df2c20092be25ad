# RV evasion: from collections import deque as Line (an aliased import is still import:collections).
from collections import deque as Line
from typing import Deque, List


def bfs_order(adj: List[List[int]]) -> List[int]:
    seen = [False] * len(adj)
    seen[0] = True
    queue: Deque[int] = Line([0])
    order: List[int] = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in adj[node]:
            if not seen[nxt]:
                seen[nxt] = True
                queue.append(nxt)
    return order
