# WA on hidden "restart-after-repeat" ("dvdf"): on a repeat it throws the whole window away and
# starts again from the repeated character, so "vdf" (3) is never seen; it answers 2.
from typing import Set


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window: Set[str] = set()
        best = 0
        for char in s:
            if char in window:
                window = {char}
            else:
                window.add(char)
            best = max(best, len(window))
        return best
