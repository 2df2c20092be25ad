# WA on hidden "zigzag" ([1,3,6,7,9,4,10,5,6]): dp[i] is the longest increasing subsequence ending at i, but it
# returns dp[-1] (5: 1,3,4,5,6) instead of the largest entry (6: 1,3,6,7,9,10). The longest one need not end
# at the last number.
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        dp = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i]:
                    dp[i] = max(dp[i], dp[j] + 1)
        return dp[-1]
