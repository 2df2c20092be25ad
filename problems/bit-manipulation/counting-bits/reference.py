from typing import List


class Solution:
    def countBits(self, n: int) -> List[int]:
        # i >> 1 drops the lowest bit of i and is smaller than i, so its count is already known;
        # add 1 back when the dropped bit was a 1.
        counts = [0] * (n + 1)
        for i in range(1, n + 1):
            counts[i] = counts[i >> 1] + (i & 1)
        return counts
