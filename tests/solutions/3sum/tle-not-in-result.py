# TLE on "stress-3000-many-duplicates": the two-pointer scan is fine, but it never skips repeated
# values and instead checks `if triplet not in result` (a list scan) for every match it finds again.
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        result: List[List[int]] = []
        for i in range(len(nums) - 2):
            left, right = i + 1, len(nums) - 1
            while left < right:
                total = nums[i] + nums[left] + nums[right]
                if total < 0:
                    left += 1
                elif total > 0:
                    right -= 1
                else:
                    triplet = [nums[i], nums[left], nums[right]]
                    if triplet not in result:
                        result.append(triplet)
                    left += 1
                    right -= 1
        return result
