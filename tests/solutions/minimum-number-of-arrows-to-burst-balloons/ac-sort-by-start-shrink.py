# AC: sorts by start and keeps the group's smallest end as the arrow position; `class Solution(object)` and no
# imports (List is pre-imported).
class Solution(object):
    def findMinArrowShots(self, points: List[List[int]]) -> int:
        points.sort()
        arrows = 1
        reach = points[0][1]
        for start, end in points[1:]:
            if start > reach:
                arrows += 1
                reach = end
            else:
                reach = min(reach, end)
        return arrows
