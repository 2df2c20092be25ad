# AC: keeps the pile sorted with bisect.insort instead of a heap; star import from typing.
from bisect import insort
from typing import *


class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        pile = sorted(stones)
        while len(pile) >= 2:
            y, x = pile.pop(), pile.pop()
            if y != x:
                insort(pile, y - x)
        return pile[-1] if pile else 0
