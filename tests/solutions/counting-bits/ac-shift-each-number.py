# AC: the slower natural solution, O(n log n): count each number's bits with a shift loop. At n = 10^5
# this is still well under the limit, so it is accepted (as on LeetCode).
from typing import List


class Solution:
    def countBits(self, n: int) -> List[int]:
        result: List[int] = []
        for i in range(n + 1):
            count = 0
            while i:
                count += i & 1
                i >>= 1
            result.append(count)
        return result
