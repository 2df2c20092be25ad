# TLE on "stress-out-of-reach-within-k": the DFS prunes only routes dearer than the best price found, and dst is out of reach within k stops, so nothing is ever found and all ~47^5 routes are walked.
from typing import List


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        graph: List[List[List[int]]] = [[] for _ in range(n)]
        for a, b, price in flights:
            graph[a].append([b, price])
        best = [-1]

        def dfs(city: int, cost: int, stops_left: int) -> None:
            if best[0] != -1 and cost >= best[0]:
                return
            if city == dst:
                best[0] = cost
                return
            if stops_left < 0:
                return
            for nxt, price in graph[city]:
                dfs(nxt, cost + price, stops_left - 1)

        dfs(src, 0, k)
        return best[0]
