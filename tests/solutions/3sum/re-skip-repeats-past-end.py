# RE on sample "example-3" ([0, 0, 0]): after a match it skips repeats with
# `while nums[left] == nums[left + 1]` and no bound check, so nums[left + 1] runs off the end.
from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        result: List[List[int]] = []
        for i in range(len(nums) - 2):
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            left, right = i + 1, len(nums) - 1
            while left < right:
                total = nums[i] + nums[left] + nums[right]
                if total < 0:
                    left += 1
                elif total > 0:
                    right -= 1
                else:
                    result.append([nums[i], nums[left], nums[right]])
                    while nums[left] == nums[left + 1]:
                        left += 1
                    while nums[right] == nums[right - 1]:
                        right -= 1
                    left += 1
                    right -= 1
        return result
