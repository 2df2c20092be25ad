# WA on hidden "cheap-route-too-long-blocks-city": plain Dijkstra with a visited set per city settles city 2 through the cheap 2-flight route, so the dearer direct flight to city 2 (which leaves one stop for 2 -> 3 -> 4) is never used: 12 instead of 7.
import heapq
from typing import List, Set, Tuple


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        graph: List[List[Tuple[int, int]]] = [[] for _ in range(n)]
        for a, b, price in flights:
            graph[a].append((b, price))
        visited: Set[int] = set()
        heap: List[Tuple[int, int, int]] = [(0, src, 0)]
        while heap:
            cost, city, stops = heapq.heappop(heap)
            if city == dst:
                return cost
            if city in visited:
                continue
            visited.add(city)
            if stops > k:
                continue
            for nxt, price in graph[city]:
                heapq.heappush(heap, (cost + price, nxt, stops + 1))
        return -1
