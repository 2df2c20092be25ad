# RE on hidden "both-empty" ("" -> ""): word1[0] is read before checking that word1 has a first letter
# (IndexError); "first-empty" would fail the same way.
from typing import List


class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        m, n = len(word1), len(word2)
        dp: List[List[int]] = [[i + j if i == 0 or j == 0 else 0 for j in range(n + 1)] for i in range(m + 1)]
        first = word1[0]
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                letter = first if i == 1 else word1[i - 1]
                if letter == word2[j - 1]:
                    dp[i][j] = dp[i - 1][j - 1]
                else:
                    dp[i][j] = 1 + min(dp[i - 1][j - 1], dp[i - 1][j], dp[i][j - 1])
        return dp[m][n]
