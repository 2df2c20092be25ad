# AC: O(n): a dict from each run's end points to the run's length, merging the runs on both sides of every new number.
from typing import *


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        length: Dict[int, int] = {}
        best = 0
        for x in nums:
            if x in length:
                continue
            left = length.get(x - 1, 0)
            right = length.get(x + 1, 0)
            total = left + 1 + right
            length[x] = total
            length[x - left] = total
            length[x + right] = total
            best = max(best, total)
        return best
