from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Walk the days once, remembering the cheapest price so far (the best day to have bought).
        cheapest = prices[0]
        best = 0
        for price in prices:
            if price < cheapest:
                cheapest = price
            elif price - cheapest > best:
                best = price - cheapest
        return best
