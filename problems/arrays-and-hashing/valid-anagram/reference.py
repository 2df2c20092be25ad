from typing import List


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        counts: List[int] = [0] * 26  # letter -> (times in s) - (times in t)
        base = ord("a")
        for c in s:
            counts[ord(c) - base] += 1
        for c in t:
            counts[ord(c) - base] -= 1
        return all(count == 0 for count in counts)
