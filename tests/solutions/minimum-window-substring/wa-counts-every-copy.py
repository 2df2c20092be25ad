# WA on hidden "shrink-from-left" (s = "bba", t = "ab"): it lowers `missing` for every copy of a
# letter of t, even copies beyond what t needs, so the second 'b' stands in for the 'a' and "bb"
# is wrongly accepted ("t-repeats-a-letter" fails the same way).
from typing import Dict


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need: Dict[str, int] = Counter(t)
        missing = len(t)
        best = ""
        left = 0
        for right, char in enumerate(s):
            if char in need:
                missing -= 1
            while missing == 0:
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                if s[left] in need:
                    missing += 1
                left += 1
        return best
