# AC: no imports; the board is a grid of characters and each new queen is checked by scanning up its
# column and both diagonals (O(n) per check instead of O(1) sets, still fine at n <= 9).
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        grid = [["."] * n for _ in range(n)]
        result: List[List[str]] = []

        def safe(row: int, col: int) -> bool:
            for r in range(row):
                d = row - r
                if grid[r][col] == "Q":
                    return False
                if col - d >= 0 and grid[r][col - d] == "Q":
                    return False
                if col + d < n and grid[r][col + d] == "Q":
                    return False
            return True

        def place(row: int) -> None:
            if row == n:
                result.append(["".join(line) for line in grid])
                return
            for col in range(n):
                if safe(row, col):
                    grid[row][col] = "Q"
                    place(row + 1)
                    grid[row][col] = "."

        place(0)
        return result
