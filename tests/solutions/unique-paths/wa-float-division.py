# WA on sample "example-1": the binomial coefficient is right, but `/` is true division and returns the float
# 28.0 where an integer is expected (use `//`, or math.comb).
from math import factorial


class Solution:
    def uniquePaths(self, m: int, n: int) -> float:
        return factorial(m + n - 2) / (factorial(m - 1) * factorial(n - 1))
