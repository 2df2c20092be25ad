# RE on sample "example-1": dp[i] takes the max over earlier smaller numbers, but for the first number (and
# any number with nothing smaller before it) that sequence is empty: max() raises ValueError.
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        dp: List[int] = []
        for i in range(len(nums)):
            dp.append(1 + max(dp[j] for j in range(i) if nums[j] < nums[i]))
        return max(dp)
