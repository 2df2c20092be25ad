# WA on sample "example-3" ([3,3,3,3,3]): sum(nums) - n(n+1)/2 is the duplicate only when it appears exactly twice
# and every other value appears once; here it gives 15 - 10 = 5.
from typing import List


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        n = len(nums) - 1
        return sum(nums) - n * (n + 1) // 2
