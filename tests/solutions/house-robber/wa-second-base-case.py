# WA on sample "example-3" ([2,1,1,2]): the table starts with dp[1] = nums[1], forgetting that the best of
# the first two houses may be house 0; dp becomes [2, 1, 3, 3] and 3 comes back instead of 4.
from typing import List


class Solution:
    def rob(self, nums: List[int]) -> int:
        if len(nums) == 1:
            return nums[0]
        dp = [0] * len(nums)
        dp[0] = nums[0]
        dp[1] = nums[1]
        for i in range(2, len(nums)):
            dp[i] = max(dp[i - 1], dp[i - 2] + nums[i])
        return dp[-1]
