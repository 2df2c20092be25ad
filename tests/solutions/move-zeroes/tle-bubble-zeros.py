# TLE on "stress-10000-zeros-first": bubbles zeros one step at a time like bubble sort, O(n^2)
# Python-level steps (about 5 * 10^7 at n = 10^4, with 5000 zeros in front).
from typing import List


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        n = len(nums)
        for rounds in range(n):
            for j in range(n - 1 - rounds):
                if nums[j] == 0 and nums[j + 1] != 0:
                    nums[j], nums[j + 1] = nums[j + 1], nums[j]
