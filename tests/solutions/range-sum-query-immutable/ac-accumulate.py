# AC: the prefix sums from itertools.accumulate with initial=0. Python 2 style class, no typing import (List is pre-imported, as on LeetCode).
import itertools


class NumArray(object):
    def __init__(self, nums: List[int]) -> None:
        self.prefix = list(itertools.accumulate(nums, initial=0))

    def sumRange(self, left: int, right: int) -> int:
        return self.prefix[right + 1] - self.prefix[left]
