# AC: two heaps, balanced explicitly after every push; `class MedianFinder(object)` and a star import from typing.
from heapq import heappop, heappush
from typing import *


class MedianFinder(object):
    def __init__(self) -> None:
        self.small: List[int] = []  # negated: a max-heap of the smaller half
        self.large: List[int] = []

    def addNum(self, num: int) -> None:
        if self.small and num > -self.small[0]:
            heappush(self.large, num)
        else:
            heappush(self.small, -num)
        if len(self.small) > len(self.large) + 1:
            heappush(self.large, -heappop(self.small))
        elif len(self.large) > len(self.small):
            heappush(self.small, -heappop(self.large))

    def findMedian(self) -> float:
        if len(self.small) > len(self.large):
            return float(-self.small[0])
        return (self.large[0] - self.small[0]) / 2.0
