# RE on hidden case "empty" ([]): max() of an empty list of run lengths raises ValueError.
from typing import List


class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        lengths: List[int] = []
        for x in values:
            if x - 1 not in values:
                end = x
                while end + 1 in values:
                    end += 1
                lengths.append(end - x + 1)
        return max(lengths)
