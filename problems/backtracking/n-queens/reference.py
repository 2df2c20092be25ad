from typing import List, Set


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        result: List[List[str]] = []
        queen_col: List[int] = [0] * n  # queen_col[row] = the column of that row's queen
        cols: Set[int] = set()
        diagonals: Set[int] = set()  # row - col is the same along a down-right diagonal
        anti_diagonals: Set[int] = set()  # row + col is the same along a down-left diagonal

        def place(row: int) -> None:
            if row == n:
                result.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_col])
                return
            for col in range(n):
                if col in cols or row - col in diagonals or row + col in anti_diagonals:
                    continue
                queen_col[row] = col
                cols.add(col)
                diagonals.add(row - col)
                anti_diagonals.add(row + col)
                place(row + 1)
                cols.remove(col)
                diagonals.remove(row - col)
                anti_diagonals.remove(row + col)

        place(0)
        return result
