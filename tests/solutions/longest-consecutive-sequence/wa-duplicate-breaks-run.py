# WA on sample "example-3" ([1, 0, 1, 2]): after sorting, a repeated number resets the run as if it were a gap, so 0 1 1 2 gives 2 instead of 3.
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        nums.sort()
        best = current = 1
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1] + 1:
                current += 1
            else:
                current = 1
            best = max(best, current)
        return best
