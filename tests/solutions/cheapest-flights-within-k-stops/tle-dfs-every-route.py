# TLE on "stress-complete-dag-cheap-chain": the DFS walks every route of up to k + 1 flights and compares prices only on arrival at dst; with every flight i -> j (i < j) and k = 98 that is 2^98 routes.
from typing import List, Tuple


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        graph: List[List[Tuple[int, int]]] = [[] for _ in range(n)]
        for a, b, price in flights:
            graph[a].append((b, price))
        best = [-1]

        def walk(city: int, cost: int, flights_left: int) -> None:
            if city == dst:
                if best[0] == -1 or cost < best[0]:
                    best[0] = cost
                return
            if flights_left == 0:
                return
            for nxt, price in graph[city]:
                walk(nxt, cost + price, flights_left - 1)

        walk(src, 0, k + 1)
        return best[0]
