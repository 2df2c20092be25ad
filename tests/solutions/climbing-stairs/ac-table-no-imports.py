# AC: bottom-up table, O(n) space, no imports (List is pre-imported on LeetCode).
class Solution:
    def climbStairs(self, n: int) -> int:
        dp: List[int] = [1] * (n + 1)
        for i in range(2, n + 1):
            dp[i] = dp[i - 1] + dp[i - 2]
        return dp[n]
