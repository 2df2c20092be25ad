# AC: class Solution(object); the classic O(n^2) table, dp[i] = longest increasing subsequence ending at
# nums[i]. About 0.2 to 0.4 s of CPU at n = 2500, which this problem deliberately lets pass.
from typing import List


class Solution(object):
    def lengthOfLIS(self, nums: List[int]) -> int:
        dp = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and dp[j] + 1 > dp[i]:
                    dp[i] = dp[j] + 1
        return max(dp)
