# WA on hidden "single-negative-element" ([-7]), the first negative answer: counts each of 32 bit positions
# and rebuilds the answer bit by bit, as in C; Python ints have no 32-bit sign bit, so -7 comes back as 2^32 - 7.
from typing import List


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        result = 0
        for bit in range(32):
            ones = sum((value >> bit) & 1 for value in nums)
            if ones % 2 == 1:
                result |= 1 << bit
        return result
