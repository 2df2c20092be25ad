# RE on sample "example-2" ([4, 1, 2, 1, 2]): after sorting, compares nums[i] with nums[i + 1] in steps of two;
# when the single number is the largest it sits last and nums[i + 1] is past the end (IndexError).
from typing import List


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        nums = sorted(nums)
        for i in range(0, len(nums), 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return nums[-1]
