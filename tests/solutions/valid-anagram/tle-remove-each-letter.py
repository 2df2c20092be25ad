# TLE on "stress-opposite-order": removes each letter of s from a list of t's letters; list.remove scans from the front, and with t sorted backwards every letter sits near the far end, O(n^2) comparisons.
from typing import List


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        rest: List[str] = list(t)
        for c in s:
            if c not in rest:
                return False
            rest.remove(c)
        return True
