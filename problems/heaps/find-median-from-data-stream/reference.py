import heapq
from typing import List


class MedianFinder:
    """Two heaps: `low` holds the smaller half (negated, so it works as a max-heap) and `high`
    the larger half. `low` has the same size as `high` or one element more."""

    def __init__(self) -> None:
        self.low: List[int] = []
        self.high: List[int] = []

    def addNum(self, num: int) -> None:
        # Pass the number through `low` so the largest of the small half moves up to `high`,
        # then give `low` its extra element back if `high` became bigger.
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
