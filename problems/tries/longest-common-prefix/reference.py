from typing import List


class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        # Vertical scan: compare column by column, stopping at the first column where a string
        # ends or disagrees with the first string. Every letter is looked at at most once.
        first = strs[0]
        for column, letter in enumerate(first):
            for other in strs[1:]:
                if column == len(other) or other[column] != letter:
                    return first[:column]
        return first
