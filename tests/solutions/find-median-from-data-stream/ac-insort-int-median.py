# AC: a list kept sorted with insort (pre-imported from bisect, as on LeetCode; no imports here): O(n) per addNum, but the shifting is a C memmove. Returns an int when the count is odd, as LeetCode accepts for a double.
class MedianFinder:
    def __init__(self) -> None:
        self.nums: list[int] = []

    def addNum(self, num: int) -> None:
        insort(self.nums, num)

    def findMedian(self) -> float:
        n = len(self.nums)
        if n % 2:
            return self.nums[n // 2]
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
