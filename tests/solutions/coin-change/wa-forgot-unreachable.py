# WA on sample "example-2" (coins [2], amount 3): the "unreachable" marker amount + 1 is returned as is
# (4) instead of being turned into -1.
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        dp = [0] + [amount + 1] * amount
        for total in range(1, amount + 1):
            for coin in coins:
                if coin <= total:
                    dp[total] = min(dp[total], dp[total - coin] + 1)
        return dp[amount]
