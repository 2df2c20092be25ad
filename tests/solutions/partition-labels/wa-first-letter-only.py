# WA on sample "example-1": each piece ends at the last appearance of its FIRST letter only; "defegde" is cut after the last d, leaving its last e behind, and "hijhklij" falls apart too ([9,6,1,4,1,1,1,1] instead of [9,7,8]).
from typing import List


class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        sizes: List[int] = []
        start = 0
        while start < len(s):
            end = s.rindex(s[start])
            sizes.append(end - start + 1)
            start = end + 1
        return sizes
