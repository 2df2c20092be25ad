# WA on sample "example-1" ([1, 1, 1], k 2): the dict does not start with the empty prefix {0: 1}, so subarrays starting at index 0 (the first [1, 1]) are never counted.
from typing import Dict, List


class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen: Dict[int, int] = {}
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen.get(prefix - k, 0)
            seen[prefix] = seen.get(prefix, 0) + 1
        return count
