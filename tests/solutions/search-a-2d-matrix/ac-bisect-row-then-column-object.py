# AC: Python 2 style class, `from typing import *`: bisect_right over the rows' first numbers picks the row, bisect_left finds the target's place in it.
from bisect import bisect_left, bisect_right
from typing import *


class Solution(object):
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        firsts = [row[0] for row in matrix]
        r = bisect_right(firsts, target) - 1
        if r < 0:
            return False
        row = matrix[r]
        c = bisect_left(row, target)
        return c < len(row) and row[c] == target
