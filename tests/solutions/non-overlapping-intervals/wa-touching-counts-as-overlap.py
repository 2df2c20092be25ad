# WA on sample "example-1" ([[1,2],[2,3],[3,4],[1,3]]): `start > last_end` instead of `>=` treats intervals that
# only touch as overlapping, so [2,3] and [3,4] are removed too (3 instead of 1).
from typing import List


class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals.sort(key=lambda interval: interval[1])
        removed = 0
        last_end = float("-inf")
        for start, end in intervals:
            if start > last_end:
                last_end = end
            else:
                removed += 1
        return removed
