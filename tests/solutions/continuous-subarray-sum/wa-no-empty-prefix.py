# WA on hidden case "multiple-at-start" ([2, 4, 3], k 6): the dict does not start with {0: -1}, so a good subarray that starts at index 0 ([2, 4]) is never found.
from typing import Dict, List


class Solution:
    def checkSubarraySum(self, nums: List[int], k: int) -> bool:
        first: Dict[int, int] = {}
        prefix = 0
        for i, x in enumerate(nums):
            prefix = (prefix + x) % k
            if prefix in first:
                if i - first[prefix] >= 2:
                    return True
            else:
                first[prefix] = i
        return False
