# AC: the textbook backtracking without any pruning (class Solution(object), no imports). On the all-'A'
# stress boards it explores every path of 14 A's (about 2 s of CPU), which the raised limit allows.
class Solution(object):
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])

        def dfs(r: int, c: int, k: int) -> bool:
            if k == len(word):
                return True
            if r < 0 or c < 0 or r >= rows or c >= cols or board[r][c] != word[k]:
                return False
            letter = board[r][c]
            board[r][c] = "#"
            found = dfs(r + 1, c, k + 1) or dfs(r - 1, c, k + 1) or dfs(r, c + 1, k + 1) or dfs(r, c - 1, k + 1)
            board[r][c] = letter
            return found

        for r in range(rows):
            for c in range(cols):
                if dfs(r, c, 0):
                    return True
        return False
