# WA on hidden "lowest-price-last" ([2, 4, 1]): it always buys on the cheapest day overall and sells at
# the best later price, but when the cheapest day is last there is nothing after it (answer 2, not 0).
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        buy_day = prices.index(min(prices))
        later = prices[buy_day + 1:]
        if not later:
            return 0
        return max(0, max(later) - prices[buy_day])
