# AC: the classic set window: on a repeat, drop characters from the left until the old copy is
# gone. O(n) time. `from typing import *`.
from typing import *


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window: Set[str] = set()
        left = 0
        best = 0
        for right, char in enumerate(s):
            while char in window:
                window.remove(s[left])
                left += 1
            window.add(char)
            best = max(best, right - left + 1)
        return best
