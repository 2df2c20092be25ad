# RE on sample "example-1": compares against merged[-1] before anything was appended (IndexError).
from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort()
        merged: List[List[int]] = []
        for start, end in intervals:
            if start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
