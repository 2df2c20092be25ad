# WA on sample "example-1": after taking candidates[i] the search moves on to i + 1 (as in Combination
# Sum II), so no number can be used twice and [2,2,3] is missing; only [[7]] comes back.
from typing import List


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        result: List[List[int]] = []
        path: List[int] = []

        def search(start: int, remaining: int) -> None:
            if remaining == 0:
                result.append(path[:])
                return
            for i in range(start, len(candidates)):
                if candidates[i] <= remaining:
                    path.append(candidates[i])
                    search(i + 1, remaining - candidates[i])
                    path.pop()

        search(0, target)
        return result
