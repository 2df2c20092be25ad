# AC: class Solution(object), `from typing import *`, returns a list of tuples; sorts by start only.
from typing import *


class Solution(object):
    def merge(self, intervals: List[List[int]]) -> List[Tuple[int, int]]:
        intervals.sort(key=lambda pair: pair[0])
        out: List[Tuple[int, int]] = []
        start, end = intervals[0]
        for s, e in intervals[1:]:
            if s > end:
                out.append((start, end))
                start, end = s, e
            else:
                end = max(end, e)
        out.append((start, end))
        return out
