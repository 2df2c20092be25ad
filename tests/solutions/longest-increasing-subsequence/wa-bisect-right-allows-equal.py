# WA on sample "example-3" ([7,7,7,7,7,7,7]): the binary search uses bisect_right, which places an equal
# number after its twin instead of replacing it, so it counts non-decreasing subsequences: 7 instead of 1.
from bisect import bisect_right
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails: List[int] = []
        for value in nums:
            k = bisect_right(tails, value)
            if k == len(tails):
                tails.append(value)
            else:
                tails[k] = value
        return len(tails)
