# RE on sample "example-2" ([-1, 1, 0, -3, 3]): multiplies everything and divides by nums[i], a ZeroDivisionError at the 0.
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        product = 1
        for x in nums:
            product *= x
        return [product // x for x in nums]
