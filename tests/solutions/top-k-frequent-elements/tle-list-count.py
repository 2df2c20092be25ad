# TLE on "stress-many-distinct": nums.count(value) for every distinct value is O(n * distinct), about 2 * 10^9 comparisons.
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = {value: nums.count(value) for value in set(nums)}
        return sorted(counts, key=lambda v: counts[v], reverse=True)[:k]
