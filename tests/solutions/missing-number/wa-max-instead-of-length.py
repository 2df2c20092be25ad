# WA on sample "example-2" ([0, 1] -> 2): takes the range's end from max(nums) instead of len(nums), so when n
# itself is the missing number the sums agree and 0 comes back.
from typing import List


class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        top = max(nums)
        return top * (top + 1) // 2 - sum(nums)
