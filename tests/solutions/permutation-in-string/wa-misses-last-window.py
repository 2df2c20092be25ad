# WA on hidden "same-length-permutation" (s1 = "abc", s2 = "bca"): range(len(s2) - len(s1)) stops one
# window short, so the last window (here the only one) is never checked; "match-at-end" fails too.
from collections import Counter


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        n = len(s1)
        want = Counter(s1)
        for start in range(len(s2) - n):
            if Counter(s2[start:start + n]) == want:
                return True
        return False
