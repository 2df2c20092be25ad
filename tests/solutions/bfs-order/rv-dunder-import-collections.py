# RV evasion: __import__("collections").deque.
from typing import Any, List


def bfs_order(adj: List[List[int]]) -> List[int]:
    seen = [False] * len(adj)
    seen[0] = True
    queue: Any = __import__("collections").deque([0])
    order: List[int] = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in adj[node]:
            if not seen[nxt]:
                seen[nxt] = True
                queue.append(nxt)
    return order
