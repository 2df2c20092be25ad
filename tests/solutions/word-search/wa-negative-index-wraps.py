# WA on hidden "no-wrap-around-in-a-row" ([["a","b","c"]], "ac"): the bounds check forgets r >= 0 and c >= 0,
# and Python's board[0][-1] quietly means the last cell of the row, so "a" steps left onto "c" and the
# search answers true.
from typing import List


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def dfs(r: int, c: int, k: int) -> bool:
            if k == len(word):
                return True
            if r >= rows or c >= cols or board[r][c] != word[k]:
                return False
            letter = board[r][c]
            board[r][c] = "#"
            found = dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)
            board[r][c] = letter
            return found

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
