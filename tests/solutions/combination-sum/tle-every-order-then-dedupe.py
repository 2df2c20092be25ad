# TLE on the stress cases: every step may pick any candidate (no start index), so each combination is
# built once per ordering of its numbers and the repeats are removed with a set of sorted tuples at the
# end. With candidates {2, 3, 4, 5} and target 40 that is 26 million calls for 145 combinations.
from typing import List, Set, Tuple


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        found: Set[Tuple[int, ...]] = set()
        path: List[int] = []

        def search(remaining: int) -> None:
            if remaining == 0:
                found.add(tuple(sorted(path)))
                return
            for value in candidates:
                if value <= remaining:
                    path.append(value)
                    search(remaining - value)
                    path.pop()

        search(target)
        return [list(combo) for combo in found]
