# AC: finds the first and last overlapping intervals with binary search, then splices; `from typing import *`.
from typing import *
import bisect


class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        ends = [e for _, e in intervals]
        starts = [s for s, _ in intervals]
        lo = bisect.bisect_left(ends, start)      # first interval with end >= start
        hi = bisect.bisect_right(starts, end)     # intervals before hi have start <= end
        if lo < hi:
            start = min(start, intervals[lo][0])
            end = max(end, intervals[hi - 1][1])
        return intervals[:lo] + [[start, end]] + intervals[hi:]
