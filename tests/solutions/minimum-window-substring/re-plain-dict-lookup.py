# RE on sample "example-1": `need` is a plain dict holding only t's letters, but the shrinking loop
# looks up need[s[start]] for every character, and 'D' is not in t (KeyError).
from typing import Dict


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need: Dict[str, int] = {}
        for char in t:
            need[char] = need.get(char, 0) + 1
        missing = len(t)
        best_start, best_len = 0, len(s) + 1
        start = 0
        for end, char in enumerate(s):
            if char in need:
                if need[char] > 0:
                    missing -= 1
                need[char] -= 1
            if missing == 0:
                while need[s[start]] < 0:
                    need[s[start]] += 1
                    start += 1
                if end - start + 1 < best_len:
                    best_start, best_len = start, end - start + 1
                need[s[start]] += 1
                missing += 1
                start += 1
        return "" if best_len > len(s) else s[best_start:best_start + best_len]
