# AC: replaces the list's contents with its sorted distinct values (O(n log n), O(n) extra space,
# which LeetCode accepts). `from typing import *`.
from typing import *


class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        nums[:] = sorted(set(nums))
        return len(nums)
