# WA on sample "example-1" ([1,3,4,2,2]): returns where slow and fast first meet, which is some node inside the
# cycle (index 4 here), not the cycle's entrance; the second phase from the start is missing.
from typing import List


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        slow = nums[0]
        fast = nums[nums[0]]
        while slow != fast:
            slow = nums[slow]
            fast = nums[nums[fast]]
        return slow
