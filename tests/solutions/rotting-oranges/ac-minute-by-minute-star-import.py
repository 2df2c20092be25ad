# AC: simulates minute by minute, scanning the whole grid each minute, O((m n)^2) (fine at 10 x 10); star import.
from typing import *


class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        minutes = 0
        while True:
            to_rot = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 1 and any(
                0 <= x < rows and 0 <= y < cols and grid[x][y] == 2
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))]
            if not to_rot:
                break
            for r, c in to_rot:
                grid[r][c] = 2
            minutes += 1
        if any(1 in row for row in grid):
            return -1
        return minutes
