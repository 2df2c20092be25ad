# TLE on "stress-all-ones": fewest[i] is found by checking every earlier position j that reaches i, O(n^2) = 4.5*10^8 checks for 30000 numbers.
from typing import List


class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        fewest = [0] + [n] * (n - 1)
        for i in range(1, n):
            for j in range(i):
                if j + nums[j] >= i and fewest[j] + 1 < fewest[i]:
                    fewest[i] = fewest[j] + 1
        return fewest[-1]
