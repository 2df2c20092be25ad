# AC: sorts all points by squared distance (O(n log n), as accepted on LeetCode); `class Solution(object)`, no imports.
class Solution(object):
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        points.sort(key=lambda p: p[0] * p[0] + p[1] * p[1])
        return points[:k]
