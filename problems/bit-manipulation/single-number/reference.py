from typing import List


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # x ^ x == 0 and x ^ 0 == x: every pair cancels out, only the single number is left.
        result = 0
        for value in nums:
            result ^= value
        return result
