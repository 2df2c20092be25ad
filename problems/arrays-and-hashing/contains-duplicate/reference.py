from typing import List, Set


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        seen: Set[int] = set()
        for value in nums:
            if value in seen:
                return True
            seen.add(value)
        return False
