# WA on sample "example-1": only contiguous slices nums[i:j] are produced, so [1, 3] is missing.
from typing import List


class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result: List[List[int]] = [[]]
        for i in range(len(nums)):
            for j in range(i + 1, len(nums) + 1):
                result.append(nums[i:j])
        return result
