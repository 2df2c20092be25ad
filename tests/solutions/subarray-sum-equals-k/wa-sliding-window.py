# WA on hidden case "negatives" ([1, -1, 1, -1], k 0): a sliding window assumes adding a number never lowers the sum, which negative numbers break.
from typing import List


class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        count = 0
        left = 0
        total = 0
        for right in range(len(nums)):
            total += nums[right]
            while total > k and left < right:
                total -= nums[left]
                left += 1
            if total == k:
                count += 1
        return count
