# WA on sample "example-1": `path` itself is appended instead of a copy, so after backtracking every entry
# of the result is the same, now empty, list: [[], [], [], [], [], []].
from typing import List


class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        result: List[List[int]] = []
        path: List[int] = []

        def extend() -> None:
            if len(path) == len(nums):
                result.append(path)
                return
            for value in nums:
                if value not in path:
                    path.append(value)
                    extend()
                    path.pop()

        extend()
        return result
