# AC: look at the lowest bit, shift right, repeat until nothing is left; `from typing import *`.
from typing import *


class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        while n > 0:
            count += n & 1
            n >>= 1
        return count
