# AC: `from typing import *`; builds the permutations iteratively, inserting each new number at every
# position of every permutation of the numbers before it.
from typing import *


class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        perms: List[List[int]] = [[]]
        for value in nums:
            perms = [p[:i] + [value] + p[i:] for p in perms for i in range(len(p) + 1)]
        return perms
