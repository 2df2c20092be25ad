# RE on sample "example-1": the graph is a plain dict holding only courses that open something, so looking up course 1 (which opens nothing) raises KeyError.
from typing import Dict, List


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        opens: Dict[int, List[int]] = {}
        indegree = [0] * numCourses
        for a, b in prerequisites:
            opens.setdefault(b, []).append(a)
            indegree[a] += 1
        queue = [c for c in range(numCourses) if indegree[c] == 0]
        taken = 0
        while queue:
            course = queue.pop()
            taken += 1
            for nxt in opens[course]:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    queue.append(nxt)
        return taken == numCourses
