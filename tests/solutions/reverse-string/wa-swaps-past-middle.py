# WA on hidden two-characters: range(n // 2 + 1) makes one swap too many, undoing the middle swap of even lengths.
from typing import List


class Solution:
    def reverseString(self, s: List[str]) -> None:
        n = len(s)
        for i in range(n // 2 + 1):
            s[i], s[n - 1 - i] = s[n - 1 - i], s[i]
