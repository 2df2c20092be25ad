from typing import Dict, List


class Solution:
    def checkSubarraySum(self, nums: List[int], k: int) -> bool:
        # Two prefix sums with the same remainder mod k enclose a sum that is a multiple of k.
        first_seen: Dict[int, int] = {0: -1}  # remainder -> earliest prefix end (-1: the empty prefix)
        prefix = 0
        for i, value in enumerate(nums):
            prefix = (prefix + value) % k
            if prefix in first_seen:
                if i - first_seen[prefix] >= 2:
                    return True
            else:
                first_seen[prefix] = i  # keep the earliest index: it gives the longest subarray
        return False
