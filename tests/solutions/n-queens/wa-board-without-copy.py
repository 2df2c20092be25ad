# WA on sample "example-1": the same `board` list is appended for every solution and then changed back
# while backtracking, so every returned board ends up empty: [["....", "....", "....", "...."], ...].
# (It passes n = 1, where nothing is undone before the end, and every case with no solution.)
from typing import List


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        result: List[List[str]] = []
        board = ["." * n for _ in range(n)]
        cols = set()

        def safe(row: int, col: int) -> bool:
            for r in range(row):
                c = board[r].index("Q")
                if c == col or abs(c - col) == row - r:
                    return False
            return True

        def place(row: int) -> None:
            if row == n:
                result.append(board)
                return
            for col in range(n):
                if col not in cols and safe(row, col):
                    board[row] = "." * col + "Q" + "." * (n - col - 1)
                    cols.add(col)
                    place(row + 1)
                    cols.remove(col)
                    board[row] = "." * n

        place(0)
        return result
