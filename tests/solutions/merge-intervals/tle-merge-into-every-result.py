# TLE on the stress cases: each interval is compared with every interval merged so far, O(n^2).
from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        result: List[List[int]] = []
        for start, end in intervals:
            kept: List[List[int]] = []
            for other in result:
                if other[1] < start or end < other[0]:
                    kept.append(other)
                else:
                    start = min(start, other[0])
                    end = max(end, other[1])
            kept.append([start, end])
            result = kept
        result.sort()
        return result
