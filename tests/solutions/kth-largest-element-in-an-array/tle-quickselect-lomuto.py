# TLE on stress-two-values-100000: random-pivot quickselect with a two-way (Lomuto) partition; equal values all
# fall on one side, so with only two distinct values each round removes one element: O(n^2).
import random
from typing import List


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        target = len(nums) - k
        lo, hi = 0, len(nums) - 1
        while True:
            p = random.randint(lo, hi)
            nums[p], nums[hi] = nums[hi], nums[p]
            pivot = nums[hi]
            store = lo
            for i in range(lo, hi):
                if nums[i] < pivot:
                    nums[store], nums[i] = nums[i], nums[store]
                    store += 1
            nums[store], nums[hi] = nums[hi], nums[store]
            if store == target:
                return nums[store]
            if store < target:
                lo = store + 1
            else:
                hi = store - 1
