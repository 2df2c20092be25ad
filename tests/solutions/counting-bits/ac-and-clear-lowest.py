# AC: i & (i - 1) is i without its lowest 1 bit, one bit fewer, and already counted; `from typing import *`.
from typing import *


class Solution:
    def countBits(self, n: int) -> List[int]:
        counts = [0] * (n + 1)
        for i in range(1, n + 1):
            counts[i] = counts[i & (i - 1)] + 1
        return counts
