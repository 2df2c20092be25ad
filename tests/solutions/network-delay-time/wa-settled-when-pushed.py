# WA on hidden "detour-beats-direct-link": nodes are marked visited when first pushed, so node 2 keeps the direct time 10 instead of 1 + 2 through node 3 (answer 10, expected 3).
import heapq
from typing import List, Set, Tuple


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph: List[List[Tuple[int, int]]] = [[] for _ in range(n + 1)]
        for u, v, w in times:
            graph[u].append((v, w))
        seen: Set[int] = {k}
        heap: List[Tuple[int, int]] = [(0, k)]
        latest = 0
        while heap:
            t, node = heapq.heappop(heap)
            latest = max(latest, t)
            for nxt, w in graph[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (t + w, nxt))
        return latest if len(seen) == n else -1
