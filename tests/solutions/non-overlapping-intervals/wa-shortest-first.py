# WA on hidden "shortest-first-is-wrong" ([[1,5],[4,7],[6,10]]): keeping the shortest intervals first keeps [4,7],
# which overlaps both others (2 removed), while keeping [1,5] and [6,10] removes only 1.
from typing import List, Tuple


class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        kept: List[Tuple[int, int]] = []
        for start, end in sorted(intervals, key=lambda interval: interval[1] - interval[0]):
            if all(end <= s or e <= start for s, e in kept):
                kept.append((start, end))
        return len(intervals) - len(kept)
