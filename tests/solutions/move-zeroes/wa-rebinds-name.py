# WA on sample "example-1": `nums = ...` builds the right list but only rebinds the local name;
# the caller's list, which the judge looks at, is never changed.
from typing import List


class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        nums = [x for x in nums if x != 0] + [0] * nums.count(0)
