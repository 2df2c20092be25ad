# AC: class Solution(object); itertools.permutations yields tuples, and a list of tuples is returned
# where LeetCode declares List[List[int]].
from itertools import permutations
from typing import List, Tuple


class Solution(object):
    def permute(self, nums: List[int]) -> List[Tuple[int, ...]]:
        return list(permutations(nums))
