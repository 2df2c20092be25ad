# WA on sample "example-1": counts pile // speed hours per pile, forgetting the last partial hour, so speeds that are too slow look fast enough (answers 3 instead of 4).
from typing import List


class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        low, high = 1, max(piles)
        while low < high:
            middle = (low + high) // 2
            if sum(pile // middle for pile in piles) <= h:
                high = middle
            else:
                low = middle + 1
        return low
