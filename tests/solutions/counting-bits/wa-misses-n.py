# WA on sample "example-1" (n = 2): the loop runs over range(n), so the count for n itself is missing and
# only n numbers come back instead of n + 1.
from typing import List


class Solution:
    def countBits(self, n: int) -> List[int]:
        return [bin(i).count("1") for i in range(n)]
