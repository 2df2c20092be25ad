# AC: O(n log n): after sorting, equal values sit next to each other. Star import, as some learners write.
from typing import *


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        ordered = sorted(nums)
        return any(ordered[i] == ordered[i + 1] for i in range(len(ordered) - 1))
