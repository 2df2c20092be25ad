# TLE on "stress-100000-window-early": grows a fresh window from every start position until it
# covers t: O(m^2); after the only full copy of t (near the start) every start scans to the end.
from typing import Dict


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need: Dict[str, int] = Counter(t)
        best = ""
        for i in range(len(s)):
            have: Dict[str, int] = {}
            missing = len(t)
            for j in range(i, len(s)):
                char = s[j]
                have[char] = have.get(char, 0) + 1
                if have[char] <= need.get(char, 0):
                    missing -= 1
                if missing == 0:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
        return best
