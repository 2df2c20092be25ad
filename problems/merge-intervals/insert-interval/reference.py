from typing import List


class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        result: List[List[int]] = []
        start, end = newInterval
        i, n = 0, len(intervals)
        # 1. Intervals that end before the new one starts stay as they are.
        while i < n and intervals[i][1] < start:
            result.append(intervals[i])
            i += 1
        # 2. Intervals that overlap the new one (sharing even one point) are absorbed into it.
        while i < n and intervals[i][0] <= end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        result.append([start, end])
        # 3. The rest start after the new one ends.
        result.extend(intervals[i:])
        return result
