# TLE on hidden case "maximum-pile-one-hour-each" (h = n = 3): tries speeds 1, 2, 3, ... until one is fast enough, O(n * answer); the answer is the largest pile, 10^9 ("stress-one-hour-per-pile" is the same at n = 10^4).
from typing import List


class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        speed = 1
        while sum((pile + speed - 1) // speed for pile in piles) > h:
            speed += 1
        return speed
