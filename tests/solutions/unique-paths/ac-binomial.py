# AC: class Solution(object) and math.comb: a path is a choice of which m - 1 of the m + n - 2 moves go down.
import math


class Solution(object):
    def uniquePaths(self, m: int, n: int) -> int:
        return math.comb(m + n - 2, m - 1)
