# RE on sample "example-1": the table has m rows and n columns, but the answer is read from dp[m][n], one past
# the last row (IndexError); the bottom-right cell is dp[m - 1][n - 1].
from typing import List


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        dp: List[List[int]] = [[1] * n for _ in range(m)]
        for i in range(1, m):
            for j in range(1, n):
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
        return dp[m][n]
