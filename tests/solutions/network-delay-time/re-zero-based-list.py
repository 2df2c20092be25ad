# RE on sample "example-1": the adjacency list has n slots (0..n-1) but nodes are labelled 1..n, so graph[4] raises IndexError.
import heapq
from typing import List, Tuple


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph: List[List[Tuple[int, int]]] = [[] for _ in range(n)]
        for u, v, w in times:
            graph[u].append((v, w))
        dist = [10**9] * n
        heap: List[Tuple[int, int]] = [(0, k)]
        while heap:
            t, node = heapq.heappop(heap)
            if t > dist[node]:
                continue
            dist[node] = t
            for nxt, w in graph[node]:
                if t + w < dist[nxt]:
                    dist[nxt] = t + w
                    heapq.heappush(heap, (t + w, nxt))
        worst = max(dist)
        return -1 if worst == 10**9 else worst
