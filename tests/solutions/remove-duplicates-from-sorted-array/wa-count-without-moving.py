# WA on sample "example-1": returns the right count, len(set(nums)), but never moves the distinct
# values to the front, so the first k elements are [1, 1] instead of [1, 2].
from typing import List


class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        return len(set(nums))
