from typing import List


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        values = sorted(candidates)
        result: List[List[int]] = []
        path: List[int] = []

        def search(start: int, remaining: int) -> None:
            # Only candidates from `start` on may be added, so every combination is built in
            # non-decreasing order, exactly once. Staying at index i allows reusing values[i].
            if remaining == 0:
                result.append(path[:])
                return
            for i in range(start, len(values)):
                value = values[i]
                if value > remaining:
                    break  # sorted: every later candidate is too large as well
                path.append(value)
                search(i, remaining - value)
                path.pop()

        search(0, target)
        return result
