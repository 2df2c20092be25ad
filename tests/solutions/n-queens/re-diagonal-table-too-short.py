# RE on sample "example-1": the anti-diagonal table has n entries, but row + col runs up to 2n - 2, so
# anti[row + col] raises IndexError as soon as a queen is tried past the first anti-diagonals.
from typing import List


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        result: List[List[str]] = []
        queen_col = [0] * n
        col_used = [False] * n
        diag = [False] * (2 * n - 1)
        anti = [False] * n

        def place(row: int) -> None:
            if row == n:
                result.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_col])
                return
            for col in range(n):
                d = row - col + n - 1
                if col_used[col] or diag[d] or anti[row + col]:
                    continue
                queen_col[row] = col
                col_used[col] = diag[d] = anti[row + col] = True
                place(row + 1)
                col_used[col] = diag[d] = anti[row + col] = False

        place(0)
        return result
