# TLE on the stress cases: paths(r, c) = paths(r - 1, c) + paths(r, c - 1) with no memo bottoms out once per
# path, so 51 x 9 (1.9 billion paths) needs billions of calls.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        def paths(r: int, c: int) -> int:
            if r == 0 or c == 0:
                return 1
            return paths(r - 1, c) + paths(r, c - 1)

        return paths(m - 1, n - 1)
