# TLE on "stress-layered-dag": the DFS remembers only the courses on the current path and never marks a course as finished, so it walks every path of a DAG with 2^999 of them.
from typing import List, Set


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        needs: List[List[int]] = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        path: Set[int] = set()

        def cycle_from(course: int) -> bool:
            if course in path:
                return True
            path.add(course)
            for before in needs[course]:
                if cycle_from(before):
                    return True
            path.remove(course)
            return False

        for course in range(numCourses):
            if cycle_from(course):
                return False
        return True
