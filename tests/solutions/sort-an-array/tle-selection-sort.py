# TLE on "stress-random": selection sort finds the minimum of the unsorted rest for every position, O(n^2)
# even on sorted input (it passes every small and 2000-element case).
from typing import List


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        n = len(nums)
        for i in range(n):
            smallest = i
            for j in range(i + 1, n):
                if nums[j] < nums[smallest]:
                    smallest = j
            nums[i], nums[smallest] = nums[smallest], nums[i]
        return nums
