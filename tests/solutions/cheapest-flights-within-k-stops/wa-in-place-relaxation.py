# WA on sample "example-1": Bellman-Ford relaxes in place, so one round can chain several new flights: with k = 1 it finds 0 -> 1 -> 2 -> 3 (400, two stops) instead of 700.
from typing import List


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        INF = 10**9
        cost = [INF] * n
        cost[src] = 0
        for _ in range(k + 1):
            for a, b, price in flights:
                if cost[a] != INF and cost[a] + price < cost[b]:
                    cost[b] = cost[a] + price
        return cost[dst] if cost[dst] != INF else -1
