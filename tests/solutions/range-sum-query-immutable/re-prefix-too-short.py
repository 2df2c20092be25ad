# RE on sample "example-1": the prefix list has n entries instead of n + 1, so sumRange(2, 5) reads prefix[6], an IndexError.
from typing import List


class NumArray:
    def __init__(self, nums: List[int]) -> None:
        self.prefix = [0] * len(nums)
        for i in range(1, len(nums)):
            self.prefix[i] = self.prefix[i - 1] + nums[i - 1]

    def sumRange(self, left: int, right: int) -> int:
        return self.prefix[right + 1] - self.prefix[left]
