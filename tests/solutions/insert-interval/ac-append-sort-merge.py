# AC: appends the new interval, sorts and runs the Merge Intervals sweep (O(n log n)); `class Solution(object)`,
# no imports, and a list of tuples where LeetCode declares List[List[int]].
class Solution(object):
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[Tuple[int, int]]:
        merged: List[Tuple[int, int]] = []
        for s, e in sorted(intervals + [newInterval]):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return merged
