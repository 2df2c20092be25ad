# TLE on "stress-duplicate-at-the-end": calls nums.count(x) for each element, a full O(n) scan each time, O(n^2)
# overall; the count loop runs in C but 10^10 comparisons are still far too many.
from typing import List


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        for x in nums:
            if nums.count(x) > 1:
                return x
        return -1
