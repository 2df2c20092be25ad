from collections import deque
from typing import Deque, List


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Kahn's algorithm: repeatedly take a course with no prerequisites left.
        unlocks: List[List[int]] = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses  # prerequisites not yet taken, per course
        for course, before in prerequisites:
            unlocks[before].append(course)
            waiting[course] += 1
        ready: Deque[int] = deque(c for c in range(numCourses) if waiting[c] == 0)
        taken = 0
        while ready:
            course = ready.popleft()
            taken += 1
            for nxt in unlocks[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return taken == numCourses
