# TLE on "stress-forty-five-steps" (n 45): plain recursion without memo makes about 2.3 * 10^9 calls, O(2^n).
class Solution:
    def climbStairs(self, n: int) -> int:
        if n <= 2:
            return n
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
