# AC: BFS from all rotten oranges at once, storing each orange's minute in a dict; Python 2 style class, no imports (deque is pre-imported).
class Solution(object):
    def orangesRotting(self, grid: List[List[int]]) -> int:
        when: Dict[Tuple[int, int], int] = {}
        queue: Deque[Tuple[int, int]] = deque()
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                if cell == 2:
                    when[(r, c)] = 0
                    queue.append((r, c))
        while queue:
            r, c = queue.popleft()
            for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= x < len(grid) and 0 <= y < len(grid[0]) and grid[x][y] == 1 and (x, y) not in when:
                    when[(x, y)] = when[(r, c)] + 1
                    queue.append((x, y))
        fresh = sum(cell == 1 for row in grid for cell in row)
        rotted = sum(1 for (r, c) in when if grid[r][c] == 1)
        if rotted < fresh:
            return -1
        return max(when.values(), default=0)
