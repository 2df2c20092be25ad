# RE on sample "example-2" ([1, 2, 3, 4]): sorts, then the loop runs i up to len(nums) - 1 and reads nums[i + 1] past the end (IndexError) whenever no duplicate stops it early.
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        nums.sort()
        for i in range(len(nums)):
            if nums[i] == nums[i + 1]:
                return True
        return False
