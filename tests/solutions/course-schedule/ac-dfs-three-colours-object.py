# AC: recursive DFS with three states (new, on the current path, finished); Python 2 style class, no imports.
class Solution(object):
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        needs: List[List[int]] = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        state = [0] * numCourses  # 0 new, 1 on the path, 2 finished

        def has_cycle(course: int) -> bool:
            if state[course] == 1:
                return True
            if state[course] == 2:
                return False
            state[course] = 1
            for before in needs[course]:
                if has_cycle(before):
                    return True
            state[course] = 2
            return False

        return not any(has_cycle(c) for c in range(numCourses))
