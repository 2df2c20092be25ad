# WA on hidden "some-candidates-too-large" ([40,39,3,25,5], target 11): the loop stops at the first
# candidate larger than what is left, which is only safe on sorted candidates; here 40 comes first and
# ends the whole search, so [] comes back instead of [[3,3,5]]. Every sample has sorted candidates.
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
                if candidates[i] > remaining:
                    break
                path.append(candidates[i])
                search(i, remaining - candidates[i])
                path.pop()

        search(0, target)
        return result
