# AC: zip(*strs) yields the columns up to the shortest string; count the leading columns whose letters are all equal.
from typing import List


class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        length = 0
        for column in zip(*strs):
            if len(set(column)) != 1:
                break
            length += 1
        return strs[0][:length]
