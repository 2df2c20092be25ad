# WA on sample "example-3" (word "ABCB"): nothing marks the cells already on the path, so after A B C the
# search steps straight back onto the same B and answers true.
from typing import List


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def dfs(r: int, c: int, k: int) -> bool:
            if k == len(word):
                return True
            if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[k]:
                return False
            return dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
