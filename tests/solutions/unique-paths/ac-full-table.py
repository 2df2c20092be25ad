# AC: `from typing import *`; the full m x n table, every cell the sum of the cell above and the cell to its left.
from typing import *


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        dp: List[List[int]] = [[1] * n for _ in range(m)]
        for i in range(1, m):
            for j in range(1, n):
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
        return dp[-1][-1]
