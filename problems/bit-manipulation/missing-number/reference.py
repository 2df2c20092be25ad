from typing import List


class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # XOR every index 0..n and every value: each present number meets its own index and
        # cancels out (x ^ x == 0), leaving only the number that has no partner.
        result = len(nums)
        for i, value in enumerate(nums):
            result ^= i ^ value
        return result
