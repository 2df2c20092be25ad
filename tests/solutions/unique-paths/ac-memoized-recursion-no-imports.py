# AC: no imports (cache is pre-imported, as on LeetCode); the same recursion as the brute force, memoized,
# so each cell is solved once.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        @cache
        def paths(r: int, c: int) -> int:
            if r == 0 or c == 0:
                return 1
            return paths(r - 1, c) + paths(r, c - 1)

        return paths(m - 1, n - 1)
