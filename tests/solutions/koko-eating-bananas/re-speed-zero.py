# RE on hidden case "one-banana-per-hour-is-enough": the search starts at speed 0, so when the answer is 1 the middle eventually becomes 0 and pile / 0 raises ZeroDivisionError.
import math
from typing import List


class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        low, high = 0, max(piles)
        while low < high:
            middle = (low + high) // 2
            if sum(math.ceil(pile / middle) for pile in piles) <= h:
                high = middle
            else:
                low = middle + 1
        return low
