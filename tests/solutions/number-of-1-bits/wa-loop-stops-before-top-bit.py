# WA on sample "example-1" (11 -> 3): `while n > 1` stops as soon as only the highest 1 bit is left,
# so that bit is never counted and 1011 gives 2.
class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        while n > 1:
            count += n & 1
            n >>= 1
        return count
