# WA on sample "example-1" (3 x 7): the top row is filled with 1s but the first column is left at 0, as if
# the cells straight below the start could not be reached; 21 comes back instead of 28.
from typing import List


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        dp: List[List[int]] = [[1] * n] + [[0] * n for _ in range(m - 1)]
        for i in range(1, m):
            for j in range(1, n):
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
        return dp[m - 1][n - 1]
