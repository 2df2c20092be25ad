# WA on hidden "smallest-n" ([1,1]): after sorting, the neighbour scan stops one pair early (range(1, len - 1)), so a
# duplicate that sorts to the very end is never seen and -1 comes back ("duplicate-is-n" fails the same way).
from typing import List


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        ordered = sorted(nums)
        for i in range(1, len(ordered) - 1):
            if ordered[i] == ordered[i - 1]:
                return ordered[i]
        return -1
