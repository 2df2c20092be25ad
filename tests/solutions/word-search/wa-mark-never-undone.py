# WA on hidden "backtrack-and-unmark" (word "ABCESEEEFS"): cells are marked as used but never unmarked when
# a branch fails, so an E tried on a dead-end branch is missing when the right path needs it later.
from typing import List


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def dfs(r: int, c: int, k: int) -> bool:
            if k == len(word):
                return True
            if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[k]:
                return False
            board[r][c] = "#"
            return dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
