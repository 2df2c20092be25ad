# TLE on "stress-mirrored-halves": a list of values seen so far, with `in` and remove(), is O(n) per number and
# O(n^2) overall; there it grows to n/2 and every lookup scans to its far end (about 7 s). On the shuffled
# "stress-single-last" it needs about 2 s, right at the limit, so either stress case may be the first to fail.
from typing import List


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        seen: List[int] = []
        for value in nums:
            if value in seen:
                seen.remove(value)
            else:
                seen.append(value)
        return seen[0]
