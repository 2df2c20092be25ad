# AC: the profit of buying on day i and selling on day j is the sum of the daily changes between
# them, so the answer is the best sum of a run of changes (Kadane), or 0. `from typing import *`.
from typing import *


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best = 0
        running = 0
        for yesterday, today in zip(prices, prices[1:]):
            running = max(0, running + today - yesterday)
            best = max(best, running)
        return best
