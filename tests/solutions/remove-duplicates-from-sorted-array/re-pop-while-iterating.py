# RE on sample "example-1" ([1, 1, 2]): pops repeats inside `for i in range(len(nums) - 1)`; the range was fixed
# before the list shrank, so nums[i + 1] soon runs past the end (IndexError).
from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        for i in range(len(nums) - 1):
            if nums[i] == nums[i + 1]:
                nums.pop(i)
        return len(nums)
