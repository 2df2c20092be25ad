# WA on hidden case "single-string" (["alone"]): the column loop runs to len(strs[0]) - 1, so when the whole first string is the prefix its last letter is never added ("alon").
from typing import List


class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        prefix = ""
        for i in range(len(strs[0]) - 1):
            ch = strs[0][i]
            for s in strs:
                if i >= len(s) or s[i] != ch:
                    return prefix
            prefix += ch
        return prefix
