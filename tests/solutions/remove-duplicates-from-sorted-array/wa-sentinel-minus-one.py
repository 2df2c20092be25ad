# WA on hidden "repeats-at-start" ([-1, -1, -1, 0, 1]): the "previous value" starts as -1 as if
# values were never negative, so a list that starts with -1 loses it (k = 2, not 3).
from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        previous = -1
        write = 0
        for value in nums:
            if value != previous:
                nums[write] = value
                write += 1
                previous = value
        return write
