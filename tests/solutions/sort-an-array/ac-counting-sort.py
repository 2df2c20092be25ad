# AC: counting sort over the value range -5*10^4..5*10^4, O(n + k) with k = 10^5 + 1; `from typing import *`.
from typing import *


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        low = min(nums)
        counts = [0] * (max(nums) - low + 1)
        for value in nums:
            counts[value - low] += 1
        result: List[int] = []
        for offset, times in enumerate(counts):
            result.extend([offset + low] * times)
        return result
