# TLE on "stress-alternating-random": keeps a sorted list but finds each insertion point with a Python loop, O(n) Python steps per addNum (about 1.5*10^8 in all for 25000 random numbers).
from typing import List


class MedianFinder:
    def __init__(self) -> None:
        self.nums: List[int] = []

    def addNum(self, num: int) -> None:
        position = len(self.nums)
        for i, value in enumerate(self.nums):
            if value > num:
                position = i
                break
        self.nums.insert(position, num)

    def findMedian(self) -> float:
        n = len(self.nums)
        if n % 2 == 1:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
