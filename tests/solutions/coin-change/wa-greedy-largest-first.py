# WA on hidden "greedy-would-use-three" (coins [1,3,4], amount 6): taking the largest coin first gives
# 4+1+1 (3 coins), but 3+3 needs only 2.
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        count = 0
        for coin in sorted(coins, reverse=True):
            count += amount // coin
            amount %= coin
        return count if amount == 0 else -1
