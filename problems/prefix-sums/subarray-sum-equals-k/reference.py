from typing import Dict, List


class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        # A subarray ending here sums to k exactly when an earlier prefix sum equals prefix - k.
        seen: Dict[int, int] = {0: 1}  # prefix sum -> how many prefixes so far had it (the empty one too)
        prefix = 0
        count = 0
        for value in nums:
            prefix += value
            count += seen.get(prefix - k, 0)
            seen[prefix] = seen.get(prefix, 0) + 1
        return count
