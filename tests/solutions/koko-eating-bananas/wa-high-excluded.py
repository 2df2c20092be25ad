# WA on sample "example-2" ([30, 11, 23, 4, 20], h 5): the search range is [1, max(piles)) with high = max - 1 and `while low < high`, so the answer max(piles) itself can never come back (answers 29).
from typing import List


class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        low, high = 1, max(piles) - 1
        while low < high:
            middle = (low + high) // 2
            if sum((pile + middle - 1) // middle for pile in piles) <= h:
                high = middle
            else:
                low = middle + 1
        return low
