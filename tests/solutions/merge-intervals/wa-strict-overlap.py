# WA on sample "example-2" ([[1,4],[4,5]]): `<` instead of `<=` treats touching intervals as separate.
from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort()
        merged: List[List[int]] = []
        for start, end in intervals:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
