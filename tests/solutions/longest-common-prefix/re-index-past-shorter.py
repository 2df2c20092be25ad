# RE on sample "example-3" (["interview","inter","internet"]): walks the columns of the first string without checking the other strings' lengths, so "inter"[5] raises IndexError.
from typing import List


class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        prefix = ""
        for i, ch in enumerate(strs[0]):
            for s in strs[1:]:
                if s[i] != ch:
                    return prefix
            prefix += ch
        return prefix
