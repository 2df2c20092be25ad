# AC: keeps both side sums and moves nums[i] from the right side to the left as the index advances.
from typing import *


class Solution:
    def pivotIndex(self, nums: List[int]) -> int:
        left, right = 0, sum(nums)
        for i, x in enumerate(nums):
            right -= x
            if left == right:
                return i
            left += x
        return -1
