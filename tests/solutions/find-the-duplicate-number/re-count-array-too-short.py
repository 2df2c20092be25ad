# RE on sample "example-1" ([1,3,4,2,2]): the tally list has n = len(nums) - 1 slots, indices 0..n-1, so counting
# the value n (4 here) raises IndexError; it needs n + 1 slots.
from typing import List


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        n = len(nums) - 1
        counts = [0] * n
        for x in nums:
            counts[x] += 1
            if counts[x] == 2:
                return x
        return -1
