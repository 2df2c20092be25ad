from typing import List


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        unreachable = amount + 1  # more coins than any real answer can use
        fewest = [0] + [unreachable] * amount  # fewest[a]: fewest coins summing to a
        usable = [coin for coin in coins if coin <= amount]
        for total in range(1, amount + 1):
            best = unreachable
            for coin in usable:
                if coin <= total and fewest[total - coin] + 1 < best:
                    best = fewest[total - coin] + 1
            fewest[total] = best
        return fewest[amount] if fewest[amount] != unreachable else -1
