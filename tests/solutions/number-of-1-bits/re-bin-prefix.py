# RE on sample "example-1": sums int(c) over the characters of bin(n) but forgets its "0b" prefix, and
# int("b") raises ValueError.
class Solution:
    def hammingWeight(self, n: int) -> int:
        return sum(int(c) for c in bin(n))
