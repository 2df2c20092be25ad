# AC: BFS one flight at a time, a city re-queued only when its price drops (prices of the level before are read from a copy); star import.
from typing import *
from collections import defaultdict


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        out: DefaultDict[int, List[Tuple[int, int]]] = defaultdict(list)
        for a, b, p in flights:
            out[a].append((b, p))
        best = [10**9] * n
        best[src] = 0
        frontier = {src: 0}
        for _ in range(k + 1):
            reached: Dict[int, int] = {}
            for city, cost in frontier.items():
                for nxt, p in out[city]:
                    if cost + p < best[nxt] and cost + p < reached.get(nxt, 10**9):
                        reached[nxt] = cost + p
            for city, cost in reached.items():
                best[city] = min(best[city], cost)
            frontier = reached
        return best[dst] if best[dst] < 10**9 else -1
