# WA on hidden case "negatives" ([-1, -1, -2, -2, -2, 3], k 2): counts in a list indexed by value, so -2 is counted at index 9999 and 9999 is returned instead of -2.
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = [0] * 10001
        for value in nums:
            counts[value] += 1
        values = [v for v in range(10001) if counts[v] > 0]
        values.sort(key=lambda v: counts[v], reverse=True)
        return values[:k]
