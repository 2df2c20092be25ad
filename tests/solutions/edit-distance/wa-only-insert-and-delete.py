# WA on sample "example-1" ("horse" -> "ros"): it keeps the longest common subsequence and deletes/inserts
# everything else (m + n - 2 * LCS = 4), forgetting that one replace does the job of a delete plus an insert.
from typing import List


class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        m, n = len(word1), len(word2)
        lcs: List[List[int]] = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                if word1[i - 1] == word2[j - 1]:
                    lcs[i][j] = lcs[i - 1][j - 1] + 1
                else:
                    lcs[i][j] = max(lcs[i - 1][j], lcs[i][j - 1])
        return m + n - 2 * lcs[m][n]
