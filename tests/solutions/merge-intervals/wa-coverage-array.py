# WA on sample "example-3" ([[7,9],[1,2],[3,5],[4,6]]): marking covered integer points joins [1,2] and [3,6], which do not
# overlap (nothing covers the gap between 2 and 3); hidden "gap-of-one-stays-apart" catches the same bug.
from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        top = max(end for _, end in intervals)
        covered = [False] * (top + 2)
        for start, end in intervals:
            for point in range(start, end + 1):
                covered[point] = True
        merged: List[List[int]] = []
        point = 0
        while point <= top:
            if covered[point]:
                first = point
                while covered[point + 1]:
                    point += 1
                merged.append([first, point])
            point += 1
        return merged
