# WA on sample "example-2": picks the half for each number by comparing it with the top of the small half, but never moves numbers between the heaps; after 5, 15, 1, 3 the small half holds three numbers and the large one, so the median comes back as 5 instead of 4.
import heapq
from typing import List


class MedianFinder:
    def __init__(self) -> None:
        self.low: List[int] = []
        self.high: List[int] = []

    def addNum(self, num: int) -> None:
        if not self.low or num <= -self.low[0]:
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        if len(self.high) > len(self.low):
            return float(self.high[0])
        return (-self.low[0] + self.high[0]) / 2
