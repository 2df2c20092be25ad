# AC: `from typing import *`; start from [[]] and, for each number, add it to a copy of every subset so far.
from typing import *


class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result: List[List[int]] = [[]]
        for num in nums:
            result += [subset + [num] for subset in result]
        return result
