# WA on example-2: set() throws away duplicates, so the two 5s count once and the answer comes out 3, not 4.
from typing import List


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(set(nums))[-k]
