# WA on sample "example-1" ([1, 1, 1, 2, 2, 3], k 2): sorts by count but forgets reverse=True, so it returns the least frequent values [3, 2].
from typing import Dict, List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts: Dict[int, int] = {}
        for value in nums:
            counts[value] = counts.get(value, 0) + 1
        return sorted(counts, key=lambda v: counts[v])[:k]
