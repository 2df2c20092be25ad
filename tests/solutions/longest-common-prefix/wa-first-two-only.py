# WA on sample "example-1": only the first two strings are compared, so "flow" comes back although "flight" shares just "fl".
from typing import List


class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        if len(strs) == 1:
            return strs[0]
        a, b = strs[0], strs[1]
        i = 0
        while i < min(len(a), len(b)) and a[i] == b[i]:
            i += 1
        return a[:i]
