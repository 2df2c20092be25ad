from collections import Counter
from typing import List


class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        # Pruning before the search: the board must hold every letter as often as the word needs it.
        available = Counter(letter for row in board for letter in row)
        needed = Counter(word)
        if any(available[letter] < count for letter, count in needed.items()):
            return False
        # Start from the end whose letter is rarer on the board: fewer starting cells, smaller tree.
        if available[word[0]] > available[word[-1]]:
            word = word[::-1]

        def search(r: int, c: int, k: int) -> bool:
            # board[r][c] matches word[k]; try to match the rest from here.
            if k == len(word) - 1:
                return True
            letter = board[r][c]
            board[r][c] = "#"  # mark as used on this path
            found = False
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == word[k + 1] and search(nr, nc, k + 1):
                    found = True
                    break
            board[r][c] = letter  # undo before returning
            return found

        return any(board[r][c] == word[0] and search(r, c, 0) for r in range(rows) for c in range(cols))
