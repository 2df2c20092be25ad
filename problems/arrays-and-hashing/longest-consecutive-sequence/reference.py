from typing import List, Set


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values: Set[int] = set(nums)
        longest = 0
        for value in values:  # the set, not nums: a repeated run start is walked only once
            if value - 1 in values:
                continue  # not the start of a run
            end = value
            while end + 1 in values:
                end += 1
            longest = max(longest, end - value + 1)
        return longest
