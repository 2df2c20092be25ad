from typing import Dict, List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen: Dict[int, int] = {}  # value -> index where it was seen
        for i, value in enumerate(nums):
            partner = target - value
            if partner in seen:
                return [seen[partner], i]
            seen[value] = i
        return []
