# AC: class Solution(object); the top-down recursion memoized with functools.lru_cache. About 2 s of CPU
# on two 1000-letter strings (10^6 states), which is why this problem's time limit is raised.
from functools import lru_cache


class Solution(object):
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        @lru_cache(maxsize=None)
        def lcs(i: int, j: int) -> int:
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + lcs(i + 1, j + 1)
            return max(lcs(i + 1, j), lcs(i, j + 1))

        return lcs(0, 0)
