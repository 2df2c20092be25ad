# WA on hidden "long-interval-first" ([[1,100],[2,3],[4,5],[6,7]]): sorted by start, it always keeps the interval it
# already has, so the long [1,100] stays and the three short ones are removed (3 instead of 1); on overlap the one
# with the smaller end should stay.
from typing import List


class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        removed = 0
        last_end = intervals[0][1]
        for start, end in intervals[1:]:
            if start < last_end:
                removed += 1
            else:
                last_end = end
        return removed
