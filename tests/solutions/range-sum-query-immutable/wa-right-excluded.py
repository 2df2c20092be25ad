# WA on sample "example-1": prefix[right] - prefix[left] leaves out nums[right] (an off-by-one), so sumRange(0, 2) gives -2 instead of 1.
from typing import List


class NumArray:
    def __init__(self, nums: List[int]) -> None:
        self.prefix = [0]
        for x in nums:
            self.prefix.append(self.prefix[-1] + x)

    def sumRange(self, left: int, right: int) -> int:
        return self.prefix[right] - self.prefix[left]
