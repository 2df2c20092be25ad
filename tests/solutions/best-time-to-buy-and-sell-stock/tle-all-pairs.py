# TLE on "stress-100000-random": tries every (buy, sell) pair of days, O(n^2), 5 * 10^9 pairs at n = 10^5.
from typing import List


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best = 0
        n = len(prices)
        for buy in range(n):
            for sell in range(buy + 1, n):
                if prices[sell] - prices[buy] > best:
                    best = prices[sell] - prices[buy]
        return best
