# WA on sample "example-3-diamond": one visited set for everything, so reaching course 3 a second time (through course 2 after course 1) is taken for a cycle.
from typing import List, Set


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        opens: List[List[int]] = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            opens[b].append(a)
        visited: Set[int] = set()

        def dfs(course: int) -> bool:
            if course in visited:
                return False
            visited.add(course)
            return all(dfs(nxt) for nxt in opens[course])

        for course in range(numCourses):
            if course not in visited and not dfs(course):
                return False
        return True
