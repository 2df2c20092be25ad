# WA on hidden "two-sources-in-a-row" ([[2,1,1,1,1,1,2]]): runs a separate BFS from each rotten orange in turn, so the first one rots the whole row alone (5 minutes) instead of both spreading at once (3).
from collections import deque
from typing import Deque, List, Tuple


class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        sources = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        longest = 0
        for start in sources:
            queue: Deque[Tuple[int, int, int]] = deque([(start[0], start[1], 0)])
            while queue:
                r, c, t = queue.popleft()
                longest = max(longest, t)
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1:
                        grid[x][y] = 2
                        queue.append((x, y, t + 1))
        if any(1 in row for row in grid):
            return -1
        return longest
