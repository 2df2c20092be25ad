# AC: a set makes each membership test O(1): O(n) time, O(n) space; `from typing import *`.
from typing import *


class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        present: Set[int] = set(nums)
        for candidate in range(len(nums) + 1):
            if candidate not in present:
                return candidate
        return -1
