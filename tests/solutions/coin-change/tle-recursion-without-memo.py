# TLE on the stress cases: plain recursion tries every order of coins again and again (no memo),
# exponential in amount / smallest coin.
from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        def fewest(remaining: int) -> float:
            if remaining == 0:
                return 0
            if remaining < 0:
                return float("inf")
            best = float("inf")
            for coin in coins:
                best = min(best, fewest(remaining - coin) + 1)
            return best

        answer = fewest(amount)
        return -1 if answer == float("inf") else int(answer)
