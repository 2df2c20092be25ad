# AC: sort, then for each new first number a set-based two-sum over the rest; triplets gathered
# as tuples in a set and returned as tuples (LeetCode declares List[List[int]]).
# `class Solution(object)` and `from typing import *`.
from typing import *


class Solution(object):
    def threeSum(self, nums: List[int]) -> List[Tuple[int, int, int]]:
        nums = sorted(nums)
        found: Set[Tuple[int, int, int]] = set()
        for i in range(len(nums) - 2):
            if nums[i] > 0:
                break
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            seen: Set[int] = set()
            for j in range(i + 1, len(nums)):
                partner = -nums[i] - nums[j]
                if partner in seen:
                    found.add((nums[i], partner, nums[j]))
                seen.add(nums[j])
        return list(found)
