# WA on sample "example-3": only the upper bounds are checked, so grid[0][-1] and grid[-1][0] wrap around
# to the far side in Python and the four corners are joined into one island (2 instead of 5); hidden
# "land-on-every-border" gives 1 instead of 4.
from typing import List


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])

        def sink(r: int, c: int) -> None:
            if r >= rows or c >= cols or grid[r][c] != "1":
                return
            grid[r][c] = "0"
            sink(r + 1, c)
            sink(r - 1, c)
            sink(r, c + 1)
            sink(r, c - 1)

        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1":
                    count += 1
                    sink(r, c)
        return count
