# TLE on "stress-no-pivot": sums both slices again for every index, O(n^2) (about 4*10^8 additions for 2*10^4 numbers, 6 to 7 s of CPU).
from typing import List


class Solution:
    def pivotIndex(self, nums: List[int]) -> int:
        for i in range(len(nums)):
            if sum(nums[:i]) == sum(nums[i + 1:]):
                return i
        return -1
