# RV: queue.Queue (forbid import:queue).
from queue import Queue
from typing import List


def bfs_order(adj: List[List[int]]) -> List[int]:
    seen = [False] * len(adj)
    seen[0] = True
    todo: "Queue[int]" = Queue()
    todo.put(0)
    order: List[int] = []
    while not todo.empty():
        node = todo.get()
        order.append(node)
        for nxt in adj[node]:
            if not seen[nxt]:
                seen[nxt] = True
                todo.put(nxt)
    return order
