# RE on sample "example-2" ("rat" vs "car"): counts s's letters in a dict, then decrements for t's letters without checking the letter is there, so "c" raises KeyError.
from typing import Dict


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        counts: Dict[str, int] = {}
        for c in s:
            counts[c] = counts.get(c, 0) + 1
        for c in t:
            counts[c] -= 1
        return all(v == 0 for v in counts.values())
