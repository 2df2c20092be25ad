# WA on sample "example-1" ([1, 2, 3, 1]): compares neighbours but forgets to sort first, so the two 1s far apart are never compared.
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        for i in range(len(nums) - 1):
            if nums[i] == nums[i + 1]:
                return True
        return False
