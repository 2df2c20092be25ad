from typing import List


class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        # Read the array as a linked list: index i points to index nums[i]. Index 0 is never pointed at
        # by itself being a value, and the repeated value is the entrance of the only cycle.
        # Phase 1 (Floyd): slow and fast meet somewhere inside the cycle.
        slow = nums[0]
        fast = nums[nums[0]]
        while slow != fast:
            slow = nums[slow]
            fast = nums[nums[fast]]
        # Phase 2: from the start and from the meeting point, one step at a time, they meet at the entrance.
        slow = 0
        while slow != fast:
            slow = nums[slow]
            fast = nums[fast]
        return slow
