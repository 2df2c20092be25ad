from typing import List


def bfs_order(adj: List[List[int]]) -> List[int]:
    seen = [False] * len(adj)
    seen[0] = True
    queue = [0]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in adj[node]:
            if not seen[nxt]:
                seen[nxt] = True
                queue.append(nxt)
    return queue
