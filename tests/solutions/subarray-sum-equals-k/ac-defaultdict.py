# AC: the same prefix-sum count with a defaultdict; Python 2 style class and star import.
from collections import defaultdict
from typing import *


class Solution(object):
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen: DefaultDict[int, int] = defaultdict(int)
        seen[0] = 1
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen[prefix - k]
            seen[prefix] += 1
        return count
