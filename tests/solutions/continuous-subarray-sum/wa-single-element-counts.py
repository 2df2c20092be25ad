# WA on hidden case "single-multiple" ([6], k 6): looks for a repeated remainder but never checks the length, so a single element (or a lone 0) counts as a subarray.
from typing import List, Set


class Solution:
    def checkSubarraySum(self, nums: List[int], k: int) -> bool:
        seen: Set[int] = {0}
        prefix = 0
        for x in nums:
            prefix = (prefix + x) % k
            if prefix in seen:
                return True
            seen.add(prefix)
        return False
