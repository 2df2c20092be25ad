# RE on sample "example-1" ([1, 1, 1], k 2): reads seen[prefix - k] without checking it is there; prefix 1 looks up -1, a KeyError.
from typing import Dict, List


class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen: Dict[int, int] = {0: 1}
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen[prefix - k]
            seen[prefix] = seen.get(prefix, 0) + 1
        return count
