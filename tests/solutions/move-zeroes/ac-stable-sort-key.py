# AC: a stable sort by "is it zero?" keeps the non-zero numbers in order and puts the zeros last.
# O(n log n) time; `from typing import *`.
from typing import *


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        nums.sort(key=lambda value: value == 0)
