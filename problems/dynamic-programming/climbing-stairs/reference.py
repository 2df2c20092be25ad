class Solution:
    def climbStairs(self, n: int) -> int:
        # ways(i) = ways(i - 1) + ways(i - 2): the last move is one step or two.
        before, current = 1, 1  # ways(0), ways(1)
        for _ in range(n - 1):
            before, current = current, before + current
        return current
