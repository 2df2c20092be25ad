# AC: top-down recursion with functools.cache on a typed nested function, Python 2 style class.
from functools import cache


class Solution(object):
    def climbStairs(self, n: int) -> int:
        @cache
        def ways(step: int) -> int:
            if step <= 1:
                return 1
            return ways(step - 1) + ways(step - 2)

        return ways(n)
