# WA: takes nodes from the back of the list (a stack), which is a depth-first order, not breadth-first.
from typing import List


def bfs_order(adj: List[List[int]]) -> List[int]:
    seen = [False] * len(adj)
    seen[0] = True
    todo = [0]
    order: List[int] = []
    while todo:
        node = todo.pop()
        order.append(node)
        for nxt in reversed(adj[node]):
            if not seen[nxt]:
                seen[nxt] = True
                todo.append(nxt)
    return order
