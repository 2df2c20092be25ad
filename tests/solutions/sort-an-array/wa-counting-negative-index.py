# WA on hidden "negatives" ([3, -1, 2, -2]): counting sort with counts indexed by the value itself;
# Python's negative indexes silently count -1 and -2 as 3 and 2, and [2, 2, 3, 3] comes back.
from typing import List


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        counts = [0] * (max(nums) + 1)
        for value in nums:
            counts[value] += 1
        result: List[int] = []
        for value, times in enumerate(counts):
            result.extend([value] * times)
        return result
