# AC: Dijkstra on (price, city, flights used), re-expanding a city only when it is reached with fewer flights than before; Python 2 style class, no imports (heapq is pre-imported).
class Solution(object):
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        graph: List[List[Tuple[int, int]]] = [[] for _ in range(n)]
        for a, b, price in flights:
            graph[a].append((b, price))
        fewest = [n + 1] * n  # fewest flights with which each city has been expanded
        heap: List[Tuple[int, int, int]] = [(0, src, 0)]
        while heap:
            cost, city, used = heapq.heappop(heap)
            if city == dst:
                return cost
            if used >= fewest[city] or used > k:
                continue
            fewest[city] = used
            for nxt, price in graph[city]:
                heapq.heappush(heap, (cost + price, nxt, used + 1))
        return -1
