# WA on sample "example-1" (n 2): returns the n-th Fibonacci number (1, 1, 2, 3, ...) instead of the (n+1)-th, one step behind.
class Solution:
    def climbStairs(self, n: int) -> int:
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return a
