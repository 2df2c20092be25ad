# TLE on "stress-short-intervals": the dynamic-programming version (sort, then for each interval look back at every
# earlier one for the longest chain it can extend) is O(n^2), 5 * 10^9 steps for 10^5 intervals.
from typing import List


class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        n = len(intervals)
        chain = [1] * n  # chain[i]: most non-overlapping intervals ending with interval i
        for i in range(n):
            for j in range(i):
                if intervals[j][1] <= intervals[i][0] and chain[j] + 1 > chain[i]:
                    chain[i] = chain[j] + 1
        return n - max(chain)
