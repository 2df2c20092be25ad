# WA on hidden all-negative: counting sort without the +10000 offset; count[-1] silently lands in count[20000].
from typing import List


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        count = [0] * 20001
        for num in nums:
            count[num] += 1
        remaining = k
        for value in range(20000, -1, -1):
            remaining -= count[value]
            if remaining <= 0:
                return value
        return -1
