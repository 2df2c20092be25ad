# RE on sample "example-2" ([1], k 1): makes len(nums) buckets instead of len(nums) + 1, so a value that fills the whole list (count == len(nums)) raises IndexError.
from collections import Counter
from typing import List


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        buckets: List[List[int]] = [[] for _ in range(len(nums))]
        for value, count in Counter(nums).items():
            buckets[count].append(value)
        result: List[int] = []
        for bucket in reversed(buckets):
            result.extend(bucket)
            if len(result) >= k:
                return result[:k]
        return result
