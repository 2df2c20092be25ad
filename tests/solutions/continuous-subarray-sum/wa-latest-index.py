# WA on hidden case "two-multiples-side-by-side" ([5, 5], k 5): overwrites a remainder's index with the latest one, so the gap to the earliest (the empty prefix at -1) is lost and [5, 5] looks one element long.
from typing import Dict, List


class Solution:
    def checkSubarraySum(self, nums: List[int], k: int) -> bool:
        last: Dict[int, int] = {0: -1}
        prefix = 0
        for i, x in enumerate(nums):
            prefix = (prefix + x) % k
            if prefix in last and i - last[prefix] >= 2:
                return True
            last[prefix] = i
        return False
