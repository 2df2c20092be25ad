# WA on example-1: `s = s[::-1]` only rebinds the local name; the caller's list is never changed.
from typing import List


class Solution:
    def reverseString(self, s: List[str]) -> None:
        s = s[::-1]
