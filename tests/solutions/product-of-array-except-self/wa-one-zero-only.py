# WA on hidden case "two-zeros" ([0, 4, 0, 2]): handles a single zero (it gets the product of the rest) but with two zeros each zero still gets 4 * 2 = 8 instead of 0.
from typing import List


class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        product = 1
        has_zero = False
        for x in nums:
            if x == 0:
                has_zero = True
            else:
                product *= x
        answer: List[int] = []
        for x in nums:
            if x == 0:
                answer.append(product)
            elif has_zero:
                answer.append(0)
            else:
                answer.append(product // x)
        return answer
