# TLE on hidden case "huge-pile-just-under" ([312884470], h 312884469): starts at max(piles), always enough, and slows down one speed at a time while the next one still works; the answer 2 is 3 * 10^8 speeds below the start ("stress-many-hours" is the same at n = 10^4).
from typing import List


class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        speed = max(piles)
        while speed > 1 and sum((pile + speed - 2) // (speed - 1) for pile in piles) <= h:
            speed -= 1
        return speed
