from typing import List


class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Sort, fix the smallest number, then close in on the other two with two pointers.
        nums = sorted(nums)
        n = len(nums)
        triplets: List[List[int]] = []
        for i in range(n - 2):
            first = nums[i]
            if first > 0:
                break  # everything from here on is positive: no sum can reach 0
            if i > 0 and first == nums[i - 1]:
                continue  # the same first number again would repeat triplets
            left, right = i + 1, n - 1
            while left < right:
                total = first + nums[left] + nums[right]
                if total < 0:
                    left += 1
                elif total > 0:
                    right -= 1
                else:
                    triplets.append([first, nums[left], nums[right]])
                    low, high = nums[left], nums[right]
                    while left < right and nums[left] == low:
                        left += 1
                    while left < right and nums[right] == high:
                        right -= 1
        return triplets
