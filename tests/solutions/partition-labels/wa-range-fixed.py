# WA on hidden "chain-of-overlaps" ("abcbdcd"): widens `end` inside `for j in range(start, end)`, but Python fixes the range when the loop starts, so letters past the old end (the d's) never widen it and the piece "bcbdcd" is cut after "bcbdc".
from typing import List


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {letter: i for i, letter in enumerate(s)}
        sizes: List[int] = []
        start = 0
        while start < len(s):
            end = last[s[start]]
            for j in range(start, end):
                end = max(end, last[s[j]])
            sizes.append(end - start + 1)
            start = end + 1
        return sizes
