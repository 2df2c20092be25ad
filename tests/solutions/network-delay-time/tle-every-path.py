# TLE on "stress-random-dense": tries every simple path from k (an on-path set, no pruning by best time), exponentially many in a graph of 100 nodes and 6000 links.
from typing import List, Set, Tuple


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph: List[List[Tuple[int, int]]] = [[] for _ in range(n + 1)]
        for u, v, w in times:
            graph[u].append((v, w))
        best = [-1] * (n + 1)
        on_path: Set[int] = set()

        def walk(node: int, t: int) -> None:
            if best[node] == -1 or t < best[node]:
                best[node] = t
            on_path.add(node)
            for nxt, w in graph[node]:
                if nxt not in on_path:
                    walk(nxt, t + w)
            on_path.remove(node)

        walk(k, 0)
        if -1 in best[1:]:
            return -1
        return max(best[1:])
