# WA on sample "example-3" (s = "a", t = "aa"): it only checks that every distinct letter of t is in
# the window (set(t)), ignoring how many copies t needs, so "a" is accepted for "aa".
from typing import Dict, Set


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        letters: Set[str] = set(t)
        have: Dict[str, int] = {}
        best = ""
        left = 0
        for right, char in enumerate(s):
            have[char] = have.get(char, 0) + 1
            while all(have.get(letter, 0) > 0 for letter in letters):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                have[s[left]] -= 1
                left += 1
        return best
