import heapq
from typing import List, Tuple


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph: List[List[Tuple[int, int]]] = [[] for _ in range(n + 1)]
        for u, v, w in times:
            graph[u].append((v, w))
        # Dijkstra: the closest unsettled node is settled next; stale heap entries are skipped.
        arrival = [-1] * (n + 1)
        heap: List[Tuple[int, int]] = [(0, k)]
        settled = 0
        latest = 0
        while heap:
            time, node = heapq.heappop(heap)
            if arrival[node] != -1:
                continue
            arrival[node] = time
            settled += 1
            latest = time
            for nxt, w in graph[node]:
                if arrival[nxt] == -1:
                    heapq.heappush(heap, (time + w, nxt))
        return latest if settled == n else -1
