# TLE on "stress-3000-many-duplicates": tries every triple of positions, O(n^3), about 4.5 * 10^9
# triples at n = 3000; sorting each hit and keeping it in a set removes the repeats correctly.
from itertools import combinations
from typing import List, Set, Tuple


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        found: Set[Tuple[int, ...]] = set()
        for triple in combinations(nums, 3):
            if sum(triple) == 0:
                found.add(tuple(sorted(triple)))
        return [list(t) for t in found]
