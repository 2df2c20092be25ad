# AC: prefix and suffix products with itertools.accumulate (O(n) extra space). Python 2 style class, no typing import (List is pre-imported, as on LeetCode).
import itertools
import operator


class Solution(object):
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        prefix = [1] + list(itertools.accumulate(nums, operator.mul))  # prefix[i] = nums[0] * ... * nums[i-1]
        suffix = [1] + list(itertools.accumulate(reversed(nums), operator.mul))  # suffix[j] = product of the last j
        n = len(nums)
        return [prefix[i] * suffix[n - 1 - i] for i in range(n)]
