# TLE on "stress-alternating-random": appends numbers unsorted and sorts a fresh copy in every findMedian, O(n log n) per call on random data (25000 sorts of up to 25000 numbers).
from typing import List


class MedianFinder:
    def __init__(self) -> None:
        self.nums: List[int] = []

    def addNum(self, num: int) -> None:
        self.nums.append(num)

    def findMedian(self) -> float:
        ordered = sorted(self.nums)
        n = len(ordered)
        if n % 2 == 1:
            return float(ordered[n // 2])
        return (ordered[n // 2 - 1] + ordered[n // 2]) / 2
