# TLE on "stress-random-anagram": counts every letter again for each position of s, two full scans per letter, O(n^2) (5*10^9 characters for 5*10^4 letters).
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        for c in s:
            if s.count(c) != t.count(c):
                return False
        return True
