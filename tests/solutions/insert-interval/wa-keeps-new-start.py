# WA on sample "example-1" ([[1,3],[6,9]] + [2,5]): when merging, only the end is widened, so the merged interval
# keeps the new interval's start ([2,5] instead of [1,5]).
from typing import List


class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        result: List[List[int]] = []
        start, end = newInterval
        i = 0
        while i < len(intervals) and intervals[i][1] < start:
            result.append(intervals[i])
            i += 1
        while i < len(intervals) and intervals[i][0] <= end:
            end = max(end, intervals[i][1])
            i += 1
        result.append([start, end])
        return result + intervals[i:]
