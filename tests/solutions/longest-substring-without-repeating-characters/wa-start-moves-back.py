# WA on hidden "old-repeat-before-window" ("abba"): start jumps to last_seen[char] + 1 even when that
# copy lies before the window, moving start backwards; at the last 'a' it counts "bba" as 3.
from typing import Dict


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last_seen: Dict[str, int] = {}
        start = 0
        best = 0
        for end, char in enumerate(s):
            if char in last_seen:
                start = last_seen[char] + 1
            last_seen[char] = end
            best = max(best, end - start + 1)
        return best
