from typing import List


class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Greedy: among the intervals still possible, keep the one that ends first; it leaves the most
        # room for the rest. Everything that starts before the last kept end has to go.
        removed = 0
        last_end = -(10**9)
        for start, end in sorted(intervals, key=lambda interval: interval[1]):
            if start >= last_end:
                last_end = end
            else:
                removed += 1
        return removed
