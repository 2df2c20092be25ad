# WA on sample "example-1" ([7, 1, 5, 3, 6, 4]): max(prices) - min(prices) ignores that you must buy
# before you sell, so it answers 7 - 1 = 6 although the 7 comes first (and 6 on example-2, where 0 is right).
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return max(prices) - min(prices)
