# AC: counting sort over the value range with the offset done right: O(n + range).
from typing import List


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        offset = 10000
        count = [0] * (2 * offset + 1)
        for num in nums:
            count[num + offset] += 1
        remaining = k
        for index in range(len(count) - 1, -1, -1):
            remaining -= count[index]
            if remaining <= 0:
                return index - offset
        raise ValueError("k is larger than len(nums)")
