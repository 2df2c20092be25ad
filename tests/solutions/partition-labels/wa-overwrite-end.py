# WA on sample "example-1": sets end = last[letter] instead of end = max(end, last[letter]), so an inner letter that ends early (the b at index 1, last seen at 5) pulls the cut back and the first piece ends at index 5 ([6,2,1,...] instead of [9,7,8]).
from typing import List


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {letter: i for i, letter in enumerate(s)}
        sizes: List[int] = []
        start = 0
        end = 0
        for i, letter in enumerate(s):
            end = last[letter]
            if i == end:
                sizes.append(i - start + 1)
                start = i + 1
        return sizes
