# WA on hidden "leftover-reenters-heap" ([10,1,2,3,4]): sorts once, then assumes the piece that survives a smash is lighter than every other stone and puts it at the front; 10-4=6 is really the heaviest, so the rounds go wrong and 4 comes back instead of 0.
from typing import List


class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        pile = sorted(stones)
        while len(pile) > 1:
            y = pile.pop()
            x = pile.pop()
            if x != y:
                pile.insert(0, abs(y - x))
        return pile[0] if pile else 0
