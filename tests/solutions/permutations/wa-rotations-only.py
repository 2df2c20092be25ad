# WA on sample "example-1": only the n rotations of nums are produced ([1,2,3], [2,3,1], [3,1,2]), so
# orderings such as [1,3,2] are missing (n! permutations, not n). It happens to pass [0, 1] and [1].
from typing import List


class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        return [nums[i:] + nums[:i] for i in range(len(nums))]
