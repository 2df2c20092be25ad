# RE on sample "example-2": the flights are grouped in a plain dict keyed by departure city, and city 2 (reached in the last round, with no departures) is still expanded, so graph[2] raises KeyError.
from typing import Dict, List, Tuple


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        graph: Dict[int, List[Tuple[int, int]]] = {}
        for a, b, price in flights:
            graph.setdefault(a, []).append((b, price))
        best = [10**9] * n
        best[src] = 0
        frontier = [(src, 0)]
        for _ in range(k + 1):
            nxt_frontier: List[Tuple[int, int]] = []
            for city, cost in frontier:
                for nxt, price in graph[city]:
                    if cost + price < best[nxt]:
                        best[nxt] = cost + price
                        nxt_frontier.append((nxt, cost + price))
            frontier = nxt_frontier
        return best[dst] if best[dst] < 10**9 else -1
