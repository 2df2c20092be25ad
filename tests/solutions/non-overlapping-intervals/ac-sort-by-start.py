# AC: sorts by start and, on an overlap, keeps whichever of the two ends first; `class Solution(object)` and no
# imports (List is pre-imported).
class Solution(object):
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        removed = 0
        prev_end = intervals[0][1]
        for start, end in intervals[1:]:
            if start < prev_end:
                removed += 1
                prev_end = min(prev_end, end)
            else:
                prev_end = end
        return removed
