# WA on sample "example-1": averages the two middle numbers with // (floor division), so the median of [1,2] comes back as 1 instead of 1.5.
import heapq
from typing import List


class MedianFinder:
    def __init__(self) -> None:
        self.low: List[int] = []
        self.high: List[int] = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) // 2
