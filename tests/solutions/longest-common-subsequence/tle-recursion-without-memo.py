# TLE on the stress cases: on a mismatch the plain recursion tries dropping a letter from either string,
# with no memo, so the same (i, j) pairs are solved again and again: exponential in m + n.
from typing import List


class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        def lcs(i: int, j: int) -> int:
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + lcs(i + 1, j + 1)
            return max(lcs(i + 1, j), lcs(i, j + 1))

        return lcs(0, 0)
