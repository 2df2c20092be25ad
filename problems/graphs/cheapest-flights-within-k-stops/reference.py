from typing import List


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Bellman-Ford, one round per flight taken: after round r, cost[c] is the cheapest price
        # to reach c with at most r flights. Each round reads the previous round's prices only,
        # so a round never chains two new flights.
        INF = float("inf")
        cost = [INF] * n
        cost[src] = 0
        for _ in range(k + 1):  # k stops means at most k + 1 flights
            nxt = cost[:]
            changed = False
            for a, b, price in flights:
                if cost[a] + price < nxt[b]:
                    nxt[b] = cost[a] + price
                    changed = True
            cost = nxt
            if not changed:
                break
        return -1 if cost[dst] == INF else int(cost[dst])
