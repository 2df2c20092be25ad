# WA on hidden "new-after-all" ([[1,2],[4,6]] + [8,10]): the new (or merged) interval is only written out when a
# later interval starts after it, so when nothing comes after it, it is never added to the answer.
from typing import List


class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        if not intervals:
            return [newInterval]
        result: List[List[int]] = []
        start, end = newInterval
        placed = False
        for s, e in intervals:
            if e < start:
                result.append([s, e])
            elif s > end:
                if not placed:
                    result.append([start, end])
                    placed = True
                result.append([s, e])
            else:
                start, end = min(start, s), max(end, e)
        return result
