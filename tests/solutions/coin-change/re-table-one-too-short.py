# RE on sample "example-1": the table has `amount` entries instead of amount + 1, so reading dp[amount] raises
# IndexError (and with amount 0, sample "example-3", already dp[0] = 0 does).
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [float("inf")] * amount
        dp[0] = 0
        for total in range(1, amount):
            for coin in coins:
                if coin <= total:
                    dp[total] = min(dp[total], dp[total - coin] + 1)
        return int(dp[amount]) if dp[amount] != float("inf") else -1
