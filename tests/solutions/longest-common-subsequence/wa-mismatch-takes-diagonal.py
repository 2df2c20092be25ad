# WA on sample "example-1" ("abcde", "ace"): on a mismatch the cell copies the diagonal dp[i-1][j-1] instead of
# the best of dropping a letter from either string (left or up), so matches that are not aligned get lost.
from typing import List


class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        m, n = len(text1), len(text2)
        dp = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                if text1[i - 1] == text2[j - 1]:
                    dp[i][j] = dp[i - 1][j - 1] + 1
                else:
                    dp[i][j] = dp[i - 1][j - 1]
        return dp[m][n]
