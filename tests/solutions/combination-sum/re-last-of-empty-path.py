# RE on sample "example-1": to build each combination in non-decreasing order it compares every candidate
# with path[-1], the last number taken, but at the start the path is empty (IndexError).
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
                if value >= path[-1] and value <= remaining:
                    path.append(value)
                    search(remaining - value)
                    path.pop()

        search(target)
        return result
