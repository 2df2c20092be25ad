# WA on hidden "greedy-first-match-fails" ("zabcy" and "yabcz"): each letter of text1 is matched to its first
# occurrence in text2 after the previous match; "z" grabs the last letter of text2 and nothing can follow it,
# so 1 comes back instead of 3 ("abc").
from typing import List


class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        count = 0
        position = 0
        for letter in text1:
            found = text2.find(letter, position)
            if found != -1:
                count += 1
                position = found + 1
        return count
