# AC: the sliding-window view: `buy` marks the cheapest day so far, `sell` walks forward, and a
# cheaper sell day becomes the new buy day. O(n). `class Solution(object)`, no imports.
class Solution(object):
    def maxProfit(self, prices: List[int]) -> int:
        buy = 0
        best = 0
        for sell in range(1, len(prices)):
            if prices[sell] < prices[buy]:
                buy = sell
            else:
                best = max(best, prices[sell] - prices[buy])
        return best
