# TLE on "stress-no-zero": multiplies all the other numbers for every position, O(n^2) (10^10 multiplications for 10^5 numbers).
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer: List[int] = []
        for i in range(n):
            product = 1
            for j in range(n):
                if j != i:
                    product *= nums[j]
            answer.append(product)
        return answer
