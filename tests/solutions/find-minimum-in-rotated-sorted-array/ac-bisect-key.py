# AC: `from typing import *`; the minimum is the first number that is <= the last one, found with bisect_left and key= over the indices (Python 3.10+).
from bisect import bisect_left
from typing import *


class Solution:
    def findMin(self, nums: List[int]) -> int:
        last = nums[-1]
        return nums[bisect_left(range(len(nums)), True, key=lambda i: nums[i] <= last)]
