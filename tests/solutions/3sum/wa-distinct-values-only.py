# WA on sample "example-1": to avoid repeated triplets it keeps only distinct values (sorted(set(nums))),
# which also throws away triplets that use one value twice, like [-1, -1, 2].
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        values = sorted(set(nums))
        result: List[List[int]] = []
        for i in range(len(values) - 2):
            left, right = i + 1, len(values) - 1
            while left < right:
                total = values[i] + values[left] + values[right]
                if total < 0:
                    left += 1
                elif total > 0:
                    right -= 1
                else:
                    result.append([values[i], values[left], values[right]])
                    left += 1
                    right -= 1
        return result
