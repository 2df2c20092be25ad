# RE on sample "example-1": for an even count it averages nums[n // 2] and nums[n // 2 + 1] (one past the right pair), so with two numbers nums[2] raises IndexError.
from bisect import insort
from typing import List


class MedianFinder:
    def __init__(self) -> None:
        self.nums: List[int] = []

    def addNum(self, num: int) -> None:
        insort(self.nums, num)

    def findMedian(self) -> float:
        n = len(self.nums)
        if n % 2 == 1:
            return float(self.nums[n // 2])
        return (self.nums[n // 2] + self.nums[n // 2 + 1]) / 2
