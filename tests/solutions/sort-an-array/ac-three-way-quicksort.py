# AC: quicksort with a random pivot and a three-way split (less, equal, greater), so repeated values end
# the recursion at once and sorted input is no worse than random.
import random
from typing import List


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        if len(nums) <= 1:
            return nums
        pivot = random.choice(nums)
        less = [value for value in nums if value < pivot]
        equal = [value for value in nums if value == pivot]
        greater = [value for value in nums if value > pivot]
        return self.sortArray(less) + equal + self.sortArray(greater)
