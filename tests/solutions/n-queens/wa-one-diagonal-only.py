# WA on sample "example-1": columns and the down-right diagonals (row - col) are checked, but the down-left
# ones (row + col) are forgotten, so boards with two queens on an anti-diagonal are returned too.
from typing import List, Set


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        result: List[List[str]] = []
        queen_col = [0] * n
        cols: Set[int] = set()
        diagonals: Set[int] = set()

        def place(row: int) -> None:
            if row == n:
                result.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_col])
                return
            for col in range(n):
                if col in cols or row - col in diagonals:
                    continue
                queen_col[row] = col
                cols.add(col)
                diagonals.add(row - col)
                place(row + 1)
                cols.remove(col)
                diagonals.remove(row - col)

        place(0)
        return result
