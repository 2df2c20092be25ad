# TLE on "stress-long-ranges": adds up the range again on every call, O(n) per sumRange (3*10^4 calls over ranges of about 10^4 numbers).
from typing import List


class NumArray:
    def __init__(self, nums: List[int]) -> None:
        self.nums = nums

    def sumRange(self, left: int, right: int) -> int:
        return sum(self.nums[left:right + 1])
