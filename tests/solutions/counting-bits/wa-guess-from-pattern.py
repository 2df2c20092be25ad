# WA on hidden "up-to-a-power-of-two" (n = 8): guessed from the examples that the count restarts at 1 on
# each power of two and otherwise grows by one; 6 (110) gets 3 instead of 2. Both samples still pass.
from typing import List


class Solution:
    def countBits(self, n: int) -> List[int]:
        counts = [0] * (n + 1)
        for i in range(1, n + 1):
            if i & (i - 1) == 0:
                counts[i] = 1
            else:
                counts[i] = counts[i - 1] + 1
        return counts
