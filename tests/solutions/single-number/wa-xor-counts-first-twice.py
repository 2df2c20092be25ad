# WA on sample "example-1" ([2, 2, 1]): the XOR starts from nums[0] and then loops over every number,
# nums[0] included, so the first number cancels out and 1 ^ 2 = 3 comes back instead of 1.
from typing import List


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        result = nums[0]
        for value in nums:
            result ^= value
        return result
