# AC: class Solution(object); the take-or-skip recursion memoized with functools.lru_cache (O(n) calls).
from functools import lru_cache
from typing import List


class Solution(object):
    def rob(self, nums: List[int]) -> int:
        @lru_cache(maxsize=None)
        def best(i: int) -> int:
            if i >= len(nums):
                return 0
            return max(nums[i] + best(i + 2), best(i + 1))

        return best(0)
