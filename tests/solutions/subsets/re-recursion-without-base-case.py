# RE on sample "example-1": the include/exclude recursion has no stop at index == len(nums), so it reads
# nums[len(nums)] (IndexError).
from typing import List


class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result: List[List[int]] = []

        def choose(index: int, path: List[int]) -> None:
            if index > len(nums):
                result.append(path)
                return
            choose(index + 1, path + [nums[index]])
            choose(index + 1, path)

        choose(0, [])
        return result
