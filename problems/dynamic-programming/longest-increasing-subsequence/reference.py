from bisect import bisect_left
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[k] = the smallest number that can end an increasing subsequence of length k + 1.
        # tails stays sorted, so each number finds its place by binary search.
        tails: List[int] = []
        for value in nums:
            k = bisect_left(tails, value)  # first tail >= value: strictly increasing
            if k == len(tails):
                tails.append(value)  # extends the longest subsequence so far
            else:
                tails[k] = value  # a smaller ending for subsequences of length k + 1
        return len(tails)
