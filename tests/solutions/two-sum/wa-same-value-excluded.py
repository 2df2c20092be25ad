# WA on hidden case "duplicate-pair" ([3, 3], target 6): to avoid using one element twice it compares values instead of indices, so two equal numbers can never form the pair.
from typing import Dict, List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        index_of: Dict[int, int] = {}
        for i, value in enumerate(nums):
            index_of[value] = i
        for i, value in enumerate(nums):
            partner = target - value
            if partner in index_of and partner != value:
                return [i, index_of[partner]]
        return []
