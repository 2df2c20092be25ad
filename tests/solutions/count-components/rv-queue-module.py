# RV: queue.SimpleQueue (forbid import:queue).
import queue
from typing import List


def count_components(adj: List[List[int]]) -> int:
    seen = [False] * len(adj)
    count = 0
    for start in range(len(adj)):
        if seen[start]:
            continue
        count += 1
        seen[start] = True
        todo: "queue.SimpleQueue[int]" = queue.SimpleQueue()
        todo.put(start)
        while not todo.empty():
            node = todo.get()
            for nxt in adj[node]:
                if not seen[nxt]:
                    seen[nxt] = True
                    todo.put(nxt)
    return count
