# AC: BFS with collections.deque and a visited set; the grid is left unchanged.
from collections import deque
from typing import List, Set, Tuple


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        seen: Set[Tuple[int, int]] = set()
        count = 0
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                if cell == "0" or (r, c) in seen:
                    continue
                count += 1
                seen.add((r, c))
                queue = deque([(r, c)])
                while queue:
                    i, j = queue.popleft()
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < len(grid) and 0 <= y < len(row) and grid[x][y] == "1" and (x, y) not in seen:
                            seen.add((x, y))
                            queue.append((x, y))
        return count
