# WA on sample "example-3" (2147483645 -> 30): checks bit positions 0..29 only (range(30) for "31-bit"
# numbers), so bit 30 is never counted and the answer is 29.
class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        for i in range(30):
            if n & (1 << i):
                count += 1
        return count
