# AC: count every value with collections.Counter and return the one seen once; `from typing import *`.
from collections import Counter
from typing import *


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        counts = Counter(nums)
        for value, times in counts.items():
            if times == 1:
                return value
        return 0
