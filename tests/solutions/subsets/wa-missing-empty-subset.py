# WA on sample "example-1": only subsets ending in a chosen number are recorded, so the empty subset [] is missing.
from typing import List


class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result: List[List[int]] = []

        def backtrack(start: int, path: List[int]) -> None:
            for index in range(start, len(nums)):
                chosen = path + [nums[index]]
                result.append(chosen)
                backtrack(index + 1, chosen)

        backtrack(0, [])
        return result
