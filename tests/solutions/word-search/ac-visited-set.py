# AC: `from typing import *`; backtracking with a set of visited cells and a loop over the four directions,
# no pruning (the slower style of plain backtracking; the raised limit is sized for it).
from typing import *


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        visited: Set[Tuple[int, int]] = set()
        directions = [(1, 0), (-1, 0), (0, 1), (0, -1)]

        def dfs(r: int, c: int, k: int) -> bool:
            if board[r][c] != word[k] or (r, c) in visited:
                return False
            if k == len(word) - 1:
                return True
            visited.add((r, c))
            for dr, dc in directions:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, k + 1):
                    visited.remove((r, c))
                    return True
            visited.remove((r, c))
            return False

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
