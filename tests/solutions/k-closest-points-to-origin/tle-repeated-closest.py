# TLE on "stress-random-10000": finds the closest remaining point by a full scan, k times (O(n*k)); with n = 10^4 and k = 9000 that is about 5*10^7 distance computations.
from typing import List


class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        remaining = list(points)
        result: List[List[int]] = []
        for _ in range(k):
            best = 0
            best_distance = remaining[0][0] ** 2 + remaining[0][1] ** 2
            for i in range(1, len(remaining)):
                distance = remaining[i][0] ** 2 + remaining[i][1] ** 2
                if distance < best_distance:
                    best, best_distance = i, distance
            result.append(remaining.pop(best))
        return result
