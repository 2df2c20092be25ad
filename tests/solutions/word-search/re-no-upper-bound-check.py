# RE on sample "example-1": the bounds check only guards against negative indices, so stepping down from
# the last row reads board[rows] (IndexError).
from typing import List


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def dfs(r: int, c: int, k: int) -> bool:
            if k == len(word):
                return True
            if r < 0 or c < 0 or board[r][c] != word[k]:
                return False
            letter = board[r][c]
            board[r][c] = "#"
            found = dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)
            board[r][c] = letter
            return found

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
