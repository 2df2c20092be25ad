# AC: O(n^2): before adding each edge, a DFS asks whether its ends are already connected; Python 2 style class, no imports, and a tuple returned where LeetCode declares List[int].
class Solution(object):
    def findRedundantConnection(self, edges: List[List[int]]) -> Tuple[int, int]:
        graph: Dict[int, List[int]] = defaultdict(list)

        def connected(start: int, goal: int) -> bool:
            seen = {start}
            stack = [start]
            while stack:
                node = stack.pop()
                if node == goal:
                    return True
                for nxt in graph[node]:
                    if nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
            return False

        for a, b in edges:
            if connected(a, b):
                return (a, b)
            graph[a].append(b)
            graph[b].append(a)
        return (0, 0)
