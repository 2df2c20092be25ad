# RE on example-1: s[n - i] is s[n] when i == 0, so it raises IndexError (should be n - 1 - i).
from typing import List


class Solution:
    def reverseString(self, s: List[str]) -> None:
        n = len(s)
        for i in range(n // 2):
            s[i], s[n - i] = s[n - i], s[i]
