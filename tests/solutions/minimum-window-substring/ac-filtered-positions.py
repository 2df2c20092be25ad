# AC: only positions holding a letter of t can start or end the answer, so the window walks over
# that filtered list of (index, letter) pairs; `formed` counts letters whose need is met. O(m + n).
# `from typing import *`, defaultdict and Counter used without importing them.
from typing import *


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        filtered = [(i, char) for i, char in enumerate(s) if char in need]
        have: Dict[str, int] = defaultdict(int)
        formed = 0
        best: Tuple[int, int, int] = (len(s) + 1, 0, 0)
        left = 0
        for right in range(len(filtered)):
            char = filtered[right][1]
            have[char] += 1
            if have[char] == need[char]:
                formed += 1
            while formed == len(need):
                start, end = filtered[left][0], filtered[right][0]
                if end - start + 1 < best[0]:
                    best = (end - start + 1, start, end)
                gone = filtered[left][1]
                have[gone] -= 1
                if have[gone] < need[gone]:
                    formed -= 1
                left += 1
        length, start, end = best
        return "" if length > len(s) else s[start:end + 1]
