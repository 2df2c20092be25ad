# AC: Kahn's algorithm with a plain list as the stack of ready courses and a defaultdict graph; star import.
from typing import *
from collections import defaultdict


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        graph: DefaultDict[int, List[int]] = defaultdict(list)
        indegree = [0] * numCourses
        for a, b in prerequisites:
            graph[b].append(a)
            indegree[a] += 1
        stack = [c for c in range(numCourses) if indegree[c] == 0]
        left = numCourses
        while stack:
            c = stack.pop()
            left -= 1
            for nxt in graph[c]:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    stack.append(nxt)
        return left == 0
