# WA on hidden case "k-zero-no-answer" ([1], k 0): stores the current prefix before looking up prefix - k, so with k = 0 every position matches itself (an empty subarray).
from typing import Dict, List


class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen: Dict[int, int] = {0: 1}
        prefix = count = 0
        for x in nums:
            prefix += x
            seen[prefix] = seen.get(prefix, 0) + 1
            count += seen.get(prefix - k, 0)
        return count
