# AC: no imports (List comes pre-imported); union-find over cell indices with path halving.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        parent = list(range(rows * cols))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        land = 0
        joins = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1":
                    continue
                land += 1
                here = r * cols + c
                for x, y in ((r - 1, c), (r, c - 1)):
                    if x >= 0 and y >= 0 and grid[x][y] == "1":
                        a, b = find(here), find(x * cols + y)
                        if a != b:
                            parent[a] = b
                            joins += 1
        return land - joins
