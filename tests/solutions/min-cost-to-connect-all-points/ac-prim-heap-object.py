# AC: Prim with a heap of every link from each new tree point, O(n^2 log n) (about 0.35 s at n = 1000); Python 2 style class, no imports (heapq is pre-imported).
class Solution(object):
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        joined = [False] * n
        heap: List[Tuple[int, int]] = [(0, 0)]
        total = 0
        count = 0
        while count < n:
            cost, i = heapq.heappop(heap)
            if joined[i]:
                continue
            joined[i] = True
            total += cost
            count += 1
            xi, yi = points[i]
            for j in range(n):
                if not joined[j]:
                    heapq.heappush(heap, (abs(xi - points[j][0]) + abs(yi - points[j][1]), j))
        return total
