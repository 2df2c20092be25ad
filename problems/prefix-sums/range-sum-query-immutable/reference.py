from typing import List


class NumArray:
    def __init__(self, nums: List[int]) -> None:
        # prefix[i] is the sum of the first i numbers, so prefix[0] = 0.
        self.prefix: List[int] = [0] * (len(nums) + 1)
        for i, value in enumerate(nums):
            self.prefix[i + 1] = self.prefix[i] + value

    def sumRange(self, left: int, right: int) -> int:
        return self.prefix[right + 1] - self.prefix[left]
