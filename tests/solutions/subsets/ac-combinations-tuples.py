# AC: class Solution(object); itertools.combinations gives tuples, and the answer is a list of tuples,
# with the subsets in a different order than the reference's.
from itertools import combinations
from typing import List, Tuple


class Solution(object):
    def subsets(self, nums: List[int]) -> List[Tuple[int, ...]]:
        out: List[Tuple[int, ...]] = []
        for size in range(len(nums), -1, -1):
            out.extend(combinations(nums, size))
        return out
