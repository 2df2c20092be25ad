# WA on hidden "no-oranges" ([[0]]): counts BFS levels and subtracts one for the last level, which rots nothing; with no rotten orange there is no level at all, so it answers -1 instead of 0.
from collections import deque
from typing import Deque, List, Tuple


class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        queue: Deque[Tuple[int, int]] = deque()
        fresh = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    queue.append((r, c))
                elif grid[r][c] == 1:
                    fresh += 1
        levels = 0
        while queue:
            for _ in range(len(queue)):
                r, c = queue.popleft()
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1:
                        grid[x][y] = 2
                        fresh -= 1
                        queue.append((x, y))
            levels += 1
        return levels - 1 if fresh == 0 else -1
