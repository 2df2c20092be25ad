from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        # nums[:write] holds the distinct values seen so far; a new value is copied to nums[write].
        write = 1
        for read in range(1, len(nums)):
            if nums[read] != nums[write - 1]:
                nums[write] = nums[read]
                write += 1
        return write
