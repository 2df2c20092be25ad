# WA on sample "example-2": neighbours include the 4 diagonals, so islands that only touch at a corner are
# joined (1 instead of 3); sample "example-3" (a 3x3 checkerboard) gives 1 instead of 5.
from typing import List, Tuple


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1":
                    continue
                count += 1
                grid[r][c] = "0"
                stack: List[Tuple[int, int]] = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for di in (-1, 0, 1):
                        for dj in (-1, 0, 1):
                            x, y = i + di, j + dj
                            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == "1":
                                grid[x][y] = "0"
                                stack.append((x, y))
        return count
