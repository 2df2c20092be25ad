# AC: `from typing import *`; the loops are swapped (coins outside, amounts inside), a common unbounded-knapsack form.
from typing import *


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        inf = float("inf")
        dp: List[float] = [0.0] + [inf] * amount
        for coin in coins:
            for total in range(coin, amount + 1):
                if dp[total - coin] + 1 < dp[total]:
                    dp[total] = dp[total - coin] + 1
        return -1 if dp[amount] == inf else int(dp[amount])
