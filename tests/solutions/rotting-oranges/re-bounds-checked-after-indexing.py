# RE on sample "example-1": reads grid[r + 1][c] before checking r + 1 < rows, so the bottom row raises IndexError (and r - 1 = -1 silently wraps around at the top).
from collections import deque
from typing import Deque, List, Tuple


class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        queue: Deque[Tuple[int, int]] = deque((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2)
        fresh = sum(row.count(1) for row in grid)
        minutes = 0
        while queue and fresh:
            minutes += 1
            for _ in range(len(queue)):
                r, c = queue.popleft()
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if grid[x][y] == 1 and 0 <= x < rows and 0 <= y < cols:
                        grid[x][y] = 2
                        fresh -= 1
                        queue.append((x, y))
        return minutes if fresh == 0 else -1
