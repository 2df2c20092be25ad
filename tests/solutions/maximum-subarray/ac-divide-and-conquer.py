# AC: divide and conquer, O(n log n): the best subarray lies in the left half, the right half, or crosses the middle
# (the crossing part uses itertools.accumulate for the running sums). Star import from typing.
from itertools import accumulate
from typing import *


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        def best(lo: int, hi: int) -> int:
            if lo == hi:
                return nums[lo]
            mid = (lo + hi) // 2
            left_best = max(accumulate(nums[mid:lo - 1 if lo > 0 else None:-1]))
            right_best = max(accumulate(nums[mid + 1:hi + 1]))
            return max(best(lo, mid), best(mid + 1, hi), left_best + right_best)

        return best(0, len(nums) - 1)
