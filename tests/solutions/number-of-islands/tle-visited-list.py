# TLE on the stress cases: visited cells are kept in a list, so every `in visited` test scans it:
# O((m * n)^2) on a 300x300 grid.
from typing import List, Tuple


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        visited: List[Tuple[int, int]] = []
        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and (r, c) not in visited:
                    count += 1
                    visited.append((r, c))
                    stack = [(r, c)]
                    while stack:
                        i, j = stack.pop()
                        for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == "1" and (x, y) not in visited:
                                visited.append((x, y))
                                stack.append((x, y))
        return count
