# WA on sample "example-2" ([4,8] only touches [8,10] at 8): strict comparisons treat intervals that share just an
# endpoint as separate, so [3,10] comes out as [3,8] and [8,10]; hidden "touching-end-of-existing" fails the same way.
from typing import List


class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        result: List[List[int]] = []
        start, end = newInterval
        i = 0
        while i < len(intervals) and intervals[i][1] <= start:
            result.append(intervals[i])
            i += 1
        while i < len(intervals) and intervals[i][0] < end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        result.append([start, end])
        return result + intervals[i:]
