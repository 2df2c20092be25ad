# AC: Python 2 style class, `from typing import *`; bisect_left with key= (Python 3.10+) over range(1, max + 1) finds the first speed that is fast enough.
from bisect import bisect_left
from typing import *


class Solution(object):
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        def fast_enough(speed: int) -> bool:
            return sum(-(-pile // speed) for pile in piles) <= h

        speeds = range(1, max(piles) + 1)
        return speeds[bisect_left(speeds, True, key=fast_enough)]
