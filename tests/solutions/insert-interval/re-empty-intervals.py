# RE on sample "example-3" (intervals = []): checks intervals[0] first to handle "new goes in front", which raises
# IndexError when there are no intervals.
from typing import List


class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        if newInterval[1] < intervals[0][0]:
            return [newInterval] + intervals
        result: List[List[int]] = []
        start, end = newInterval
        i = 0
        while i < len(intervals) and intervals[i][1] < start:
            result.append(intervals[i])
            i += 1
        while i < len(intervals) and intervals[i][0] <= end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        result.append([start, end])
        return result + intervals[i:]
