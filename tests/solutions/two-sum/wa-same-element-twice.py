# WA on sample "example-2" ([3, 2, 4], target 6): the dict is filled first and the lookup never checks the index, so 3 pairs with itself and [0, 0] comes back.
from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        index_of = {value: i for i, value in enumerate(nums)}
        for i, value in enumerate(nums):
            if target - value in index_of:
                return [i, index_of[target - value]]
        return []
