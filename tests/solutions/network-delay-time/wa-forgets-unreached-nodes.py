# WA on sample "example-3": returns the latest arrival among the nodes that were reached and never checks that all n were, so it answers 0 instead of -1.
import heapq
from typing import Dict, List, Tuple


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph: Dict[int, List[Tuple[int, int]]] = {}
        for u, v, w in times:
            graph.setdefault(u, []).append((v, w))
        arrival: Dict[int, int] = {}
        heap: List[Tuple[int, int]] = [(0, k)]
        while heap:
            t, node = heapq.heappop(heap)
            if node in arrival:
                continue
            arrival[node] = t
            for nxt, w in graph.get(node, []):
                heapq.heappush(heap, (t + w, nxt))
        return max(arrival.values())
