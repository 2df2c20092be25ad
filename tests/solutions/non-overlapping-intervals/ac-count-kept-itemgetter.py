# AC: counts the intervals kept by the earliest-end greedy and subtracts; operator.itemgetter as the sort key;
# `from typing import *`.
from typing import *
from operator import itemgetter


class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        kept = 0
        boundary = -50001
        for start, end in sorted(intervals, key=itemgetter(1)):
            if start >= boundary:
                kept += 1
                boundary = end
        return len(intervals) - kept
