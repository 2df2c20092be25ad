# AC: dict.setdefault keeps the earliest index of each remainder in one call.
from typing import *


class Solution:
    def checkSubarraySum(self, nums: List[int], k: int) -> bool:
        first: Dict[int, int] = {0: -1}
        total = 0
        for i, x in enumerate(nums):
            total += x
            if i - first.setdefault(total % k, i) >= 2:
                return True
        return False
