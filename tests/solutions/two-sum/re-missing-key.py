# RE on hidden case "same-number-not-reused" ([5, 1, 7, 3], target 10): assumes every number's partner is in the dict, so seen[10 - 1] raises KeyError.
from typing import Dict, List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen: Dict[int, int] = {}
        for i, value in enumerate(nums):
            seen[value] = i
        for i, value in enumerate(nums):
            j = seen[target - value]
            if j != i:
                return [i, j]
        return []
