# RE on sample "example-1": for each day it takes max(prices[i + 1:]), which is max() of an empty
# list on the last day (ValueError). Even with that fixed it would be O(n^2).
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best = 0
        for i in range(len(prices)):
            best = max(best, max(prices[i + 1:]) - prices[i])
        return best
