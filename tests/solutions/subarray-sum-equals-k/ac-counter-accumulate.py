# AC: walks itertools.accumulate's prefix sums with a Counter; no typing import (List is pre-imported, as on LeetCode).
import itertools
from collections import Counter


class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen: Counter[int] = Counter([0])
        count = 0
        for prefix in itertools.accumulate(nums):
            count += seen[prefix - k]
            seen[prefix] += 1
        return count
