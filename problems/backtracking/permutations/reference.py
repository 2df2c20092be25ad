from typing import List


class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        result: List[List[int]] = []
        path: List[int] = []
        used = [False] * len(nums)

        def extend() -> None:
            # Choose each unused number for the next position, recurse, then undo the choice.
            if len(path) == len(nums):
                result.append(path[:])
                return
            for i, value in enumerate(nums):
                if used[i]:
                    continue
                used[i] = True
                path.append(value)
                extend()
                path.pop()
                used[i] = False

        extend()
        return result
