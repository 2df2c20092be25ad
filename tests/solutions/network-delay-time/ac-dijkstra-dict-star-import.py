# AC: Dijkstra with a dict of settled nodes and heapq's names from the star import.
from typing import *
from heapq import heappush, heappop
from collections import defaultdict


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph: DefaultDict[int, List[Tuple[int, int]]] = defaultdict(list)
        for u, v, w in times:
            graph[u].append((w, v))
        done: Dict[int, int] = {}
        heap = [(0, k)]
        while heap:
            t, node = heappop(heap)
            if node in done:
                continue
            done[node] = t
            for w, nxt in graph[node]:
                if nxt not in done:
                    heappush(heap, (t + w, nxt))
        return max(done.values()) if len(done) == n else -1
