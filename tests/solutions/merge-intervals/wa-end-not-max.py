# WA on hidden "contained-interval" ([[1,10],[2,3],[4,5]]): the end is overwritten instead of taking the max,
# so [1,10] shrinks to [1,3] and [4,5] is then reported separately.
from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort()
        merged: List[List[int]] = []
        for start, end in intervals:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return merged
