# WA on sample "example-1": every step may pick any candidate, so [2,2,3] also comes back as [2,3,2] and
# [3,2,2]; the judge ignores the order inside a combination, so these count as the same combination
# three times instead of once.
from typing import List


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        result: List[List[int]] = []
        path: List[int] = []

        def search(remaining: int) -> None:
            if remaining == 0:
                result.append(path[:])
                return
            for value in candidates:
                if value <= remaining:
                    path.append(value)
                    search(remaining - value)
                    path.pop()

        search(target)
        return result
