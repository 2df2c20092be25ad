# AC: binary search on the value: if more than mid numbers are <= mid, the duplicate is <= mid (pigeonhole);
# O(n log n) time, O(1) space, nums untouched. `from typing import *`.
from typing import *


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        low, high = 1, len(nums) - 1
        while low < high:
            mid = (low + high) // 2
            if sum(1 for x in nums if x <= mid) > mid:
                high = mid
            else:
                low = mid + 1
        return low
