# AC: slides a window of len(s1) over s2 keeping 26 letter counts, and compares the two count lists
# at each step (26 comparisons, O(26 * n2) in all). `from typing import *`.
from typing import *


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        n = len(s1)
        if n > len(s2):
            return False
        want: List[int] = [0] * 26
        have: List[int] = [0] * 26
        for char in s1:
            want[ord(char) - 97] += 1
        for i, char in enumerate(s2):
            have[ord(char) - 97] += 1
            if i >= n:
                have[ord(s2[i - n]) - 97] -= 1
            if have == want:
                return True
        return False
