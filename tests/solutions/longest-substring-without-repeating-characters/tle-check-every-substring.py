# TLE on "stress-50000-all-95-cycling": checks each substring with len(set(s[i:j])) == j - i,
# stopping at the first failure per start: O(n * k^2) with k = 95 here, about 8 s.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        n = len(s)
        for i in range(n):
            for j in range(i + 1, n + 1):
                if len(set(s[i:j])) == j - i:
                    best = max(best, j - i)
                else:
                    break
        return best
