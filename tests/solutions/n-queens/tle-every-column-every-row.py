# TLE on "stress-eight" and "stress-nine": one queen per row, but every row tries every column and the board
# is only checked once all n queens are down, so all n^n placements are visited (16.8 million for n = 8)
# instead of abandoning a placement as soon as two queens clash.
from typing import List


class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        result: List[List[str]] = []
        cols: List[int] = []

        def peaceful() -> bool:
            for i in range(n):
                for j in range(i + 1, n):
                    if cols[i] == cols[j] or abs(cols[i] - cols[j]) == j - i:
                        return False
            return True

        def place(row: int) -> None:
            if row == n:
                if peaceful():
                    result.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
                return
            for col in range(n):
                cols.append(col)
                place(row + 1)
                cols.pop()

        place(0)
        return result
