# AC: no imports; narrower bounds (at least ceil(total / h); when h > n at most ceil(total / (h - n)), since then
# the hours are below total / k + n <= h) and an inclusive search that remembers the best speed found.
class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        total = sum(piles)
        low = max(1, (total + h - 1) // h)
        high = max(piles)
        if h > len(piles):
            high = min(high, (total + h - len(piles) - 1) // (h - len(piles)))
        best = high
        while low <= high:
            speed = (low + high) // 2
            hours = 0
            for pile in piles:
                hours += (pile + speed - 1) // speed
            if hours <= h:
                best = speed
                high = speed - 1
            else:
                low = speed + 1
        return best
