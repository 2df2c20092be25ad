from typing import List


class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        def hours_needed(speed: int) -> int:
            return sum((pile + speed - 1) // speed for pile in piles)

        # The smallest speed in [1, max(piles)] that finishes within h hours: speeds that are fast
        # enough form a suffix of the range, so binary search for where it starts.
        low, high = 1, max(piles)
        while low < high:
            middle = (low + high) // 2
            if hours_needed(middle) <= h:
                high = middle
            else:
                low = middle + 1
        return low
