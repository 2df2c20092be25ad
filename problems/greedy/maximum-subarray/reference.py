from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Kadane: the best subarray ending here either extends the one ending just before,
        # or starts fresh here when that one has a negative sum.
        best = current = nums[0]
        for num in nums[1:]:
            current = max(num, current + num)
            best = max(best, current)
        return best
