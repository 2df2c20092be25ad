# AC: prefix[i] includes nums[i] (no leading 0), so left == 0 needs its own branch.
from typing import *


class NumArray:
    def __init__(self, nums: List[int]) -> None:
        self.prefix: List[int] = []
        running = 0
        for x in nums:
            running += x
            self.prefix.append(running)

    def sumRange(self, left: int, right: int) -> int:
        if left == 0:
            return self.prefix[right]
        return self.prefix[right] - self.prefix[left - 1]
