from typing import List


class Solution:
    def rob(self, nums: List[int]) -> int:
        # best(i) = max(best(i - 1), best(i - 2) + nums[i]): skip house i, or take it and skip i - 1.
        before, best = 0, 0  # best(i - 2), best(i - 1)
        for value in nums:
            before, best = best, max(best, before + value)
        return best
