# RE on hidden case "one-step" (n 1): the table has n + 1 slots but dp[2] is always set, so n = 1 raises IndexError.
from typing import List


class Solution:
    def climbStairs(self, n: int) -> int:
        dp: List[int] = [0] * (n + 1)
        dp[1] = 1
        dp[2] = 2
        for i in range(3, n + 1):
            dp[i] = dp[i - 1] + dp[i - 2]
        return dp[n]
