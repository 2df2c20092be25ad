# AC: class Solution(object) and itertools: every permutation of the columns puts one queen per row and
# column (n! boards); keep those whose n queens sit on n different diagonals of both kinds. Each board
# is returned as a tuple of strings, where LeetCode declares List[List[str]].
from itertools import permutations
from typing import List, Tuple


class Solution(object):
    def solveNQueens(self, n: int) -> List[Tuple[str, ...]]:
        boards: List[Tuple[str, ...]] = []
        for cols in permutations(range(n)):
            if len({r + c for r, c in enumerate(cols)}) == n and len({r - c for r, c in enumerate(cols)}) == n:
                boards.append(tuple("." * c + "Q" + "." * (n - c - 1) for c in cols))
        return boards
