from collections import Counter
from typing import Dict


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Grow the window on the right until it covers t, then shrink it from the left
        # while it still does; `missing` counts the characters of t the window still lacks.
        need: Dict[str, int] = Counter(t)
        missing = len(t)
        best_start, best_len = 0, len(s) + 1
        start = 0
        for end, char in enumerate(s):
            if need.get(char, 0) > 0:
                missing -= 1
            need[char] = need.get(char, 0) - 1
            if missing == 0:
                while need[s[start]] < 0:  # s[start] is a spare copy (or not in t at all)
                    need[s[start]] += 1
                    start += 1
                if end - start + 1 < best_len:
                    best_start, best_len = start, end - start + 1
                need[s[start]] += 1  # give up s[start]: the window lacks one character again
                missing += 1
                start += 1
        return "" if best_len > len(s) else s[best_start:best_start + best_len]
