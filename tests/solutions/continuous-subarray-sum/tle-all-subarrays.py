# TLE on "stress-no-good-subarray": checks every subarray of length >= 2 with prefix sums, O(n^2) (5*10^9 checks for 10^5 numbers).
from typing import List


class Solution:
    def checkSubarraySum(self, nums: List[int], k: int) -> bool:
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        n = len(nums)
        for i in range(n):
            for j in range(i + 2, n + 1):
                if (prefix[j] - prefix[i]) % k == 0:
                    return True
        return False
