# RE on hidden "zero" (n = 0): the list has n + 1 = 1 slot but counts[1] = 1 is set up front (IndexError).
from typing import List


class Solution:
    def countBits(self, n: int) -> List[int]:
        counts = [0] * (n + 1)
        counts[1] = 1
        for i in range(2, n + 1):
            counts[i] = counts[i // 2] + i % 2
        return counts
